package vn.thidua.report;

import java.util.List;

import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;

/**
 * A report asked for with bad input: every problem with the field it concerns ({@code from}, {@code to},
 * {@code unit}), in Vietnamese and English ({@code "vi (en)"} in the field error, as the REST API answers it).
 */
public class ReportException extends ValidationException {

    /** One refused field with its texts. */
    public record Problem(String path, String vi, String en) {

        FieldError asFieldError() {
            return new FieldError(path, vi + " (" + en + ")");
        }
    }

    private final transient List<Problem> problems;

    ReportException(List<Problem> problems) {
        super(problems.stream().map(Problem::asFieldError).toList());
        this.problems = List.copyOf(problems);
    }

    ReportException(String path, String vi, String en) {
        this(List.of(new Problem(path, vi, en)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

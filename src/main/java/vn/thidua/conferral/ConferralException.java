package vn.thidua.conferral;

import java.util.List;

import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;

/**
 * Drafting or recording a decision refused: every problem with the field it concerns, in Vietnamese
 * and English ({@code "vi (en)"} in the field error the REST API answers with). Nothing was stored.
 */
public class ConferralException extends ValidationException {

    /** One refused field with its texts. */
    public record Problem(String path, String vi, String en) {
    }

    private final transient List<Problem> problems;

    public ConferralException(List<Problem> problems) {
        super(problems.stream().map(p -> new FieldError(p.path(), p.vi() + " (" + p.en() + ")")).toList());
        this.problems = List.copyOf(problems);
    }

    public ConferralException(String path, String vi, String en) {
        this(List.of(new Problem(path, vi, en)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

package vn.thidua.register;

import java.util.List;

import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;

/**
 * A register change refused: every problem with the field it concerns, in Vietnamese and English
 * ({@code "vi (en)"} in the field error, as the REST API answers it). Nothing was stored.
 */
public class RegisterException extends ValidationException {

    /** One refused field with its texts. */
    public record Problem(String path, String vi, String en) {

        FieldError asFieldError() {
            return new FieldError(path, vi + " (" + en + ")");
        }
    }

    private final transient List<Problem> problems;

    public RegisterException(List<Problem> problems) {
        super(problems.stream().map(Problem::asFieldError).toList());
        this.problems = List.copyOf(problems);
    }

    public RegisterException(String path, String vi, String en) {
        this(List.of(new Problem(path, vi, en)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

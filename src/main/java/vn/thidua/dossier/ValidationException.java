package vn.thidua.dossier;

import java.util.List;

/** A request that breaks the request format (docs/request-and-result.md §1); it carries every problem found, not only the first. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? "The request is invalid: " + errors.get(0)
                : "The request is invalid: " + errors.size() + " problems, first " + errors.get(0);
    }
}

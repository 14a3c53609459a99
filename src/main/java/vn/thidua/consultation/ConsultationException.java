package vn.thidua.consultation;

/**
 * A refused list, comment, opinion or answer, naming the form field and the reason in Vietnamese and
 * English, and what kind of refusal it is: the REST API answers 400, 403, 404 or 409 by it.
 */
public class ConsultationException extends RuntimeException {

    /** What kind of refusal: bad input, not the user's to act on, nothing with that id, or changed meanwhile. */
    public enum Reason {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
    }

    private final String field;
    private final String messageVi;
    private final Reason reason;

    ConsultationException(String field, String messageVi, String messageEn) {
        this(Reason.INVALID, field, messageVi, messageEn);
    }

    ConsultationException(Reason reason, String field, String messageVi, String messageEn) {
        super(messageEn);
        this.reason = reason;
        this.field = field;
        this.messageVi = messageVi;
    }

    public String field() {
        return field;
    }

    public String messageVi() {
        return messageVi;
    }

    public Reason reason() {
        return reason;
    }
}

package vn.thidua.consultation;

/** A refused list or comment, naming the form field and the reason in Vietnamese and English. */
public class ConsultationException extends RuntimeException {

    private final String field;
    private final String messageVi;

    ConsultationException(String field, String messageVi, String messageEn) {
        super(messageEn);
        this.field = field;
        this.messageVi = messageVi;
    }

    public String field() {
        return field;
    }

    public String messageVi() {
        return messageVi;
    }
}

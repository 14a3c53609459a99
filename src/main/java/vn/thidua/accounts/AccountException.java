package vn.thidua.accounts;

/** A refused change to a user, naming the form field and the reason in Vietnamese and English. */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageVi;

    public AccountException(String field, String messageVi, String messageEn) {
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

    public String messageEn() {
        return getMessage();
    }
}

package vn.thidua.dossier;

import java.util.List;

/** A request larger than the configured limit; reading stops as soon as the limit is passed. */
public class RequestTooLargeException extends ValidationException {

    public RequestTooLargeException(long limitBytes) {
        super(List.of(new FieldError("", "the request is larger than the limit of " + limitBytes
                + " bytes (thidua.import.max-bytes)")));
    }
}

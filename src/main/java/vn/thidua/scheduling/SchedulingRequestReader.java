package vn.thidua.scheduling;

import java.io.InputStream;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.thidua.dossier.DocumentReader;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;

/**
 * Reads a scheduling request (docs/request-and-result.md §4) and checks it completely, the way an
 * evaluation request is checked: every problem at once, each with its JSON path.
 */
public class SchedulingRequestReader {

    private static final int SCHEMA_VERSION = 1;

    private final DocumentReader documents;

    public SchedulingRequestReader(long maxBytes, int maxTextLength) {
        this.documents = new DocumentReader(maxBytes, maxTextLength);
    }

    /**
     * Reads and validates a request.
     *
     * @throws ValidationException with every problem found, when the input is not a valid request
     * @throws vn.thidua.dossier.RequestTooLargeException when the input passes the size limit
     */
    public SchedulingRequest read(InputStream input) {
        return read(documents.tree(input));
    }

    /** Validates a request built in code (from a stored evaluation, say) exactly as if it had been sent. */
    public SchedulingRequest check(SchedulingRequest request) {
        return read(documents.tree(request));
    }

    private SchedulingRequest read(JsonNode root) {
        JsonNode version = root.path("schemaVersion");
        if (version.isIntegralNumber() && !(version.canConvertToInt() && version.intValue() == SCHEMA_VERSION)) {
            throw new ValidationException(List.of(new FieldError("schemaVersion", "unsupported schema version "
                    + version + "; this scheduler reads version " + SCHEMA_VERSION)));
        }
        return documents.read(root, SchedulingRequest.class, (tree, errors) -> new SchedulingReferences(errors).validate(tree));
    }

    /** Reads another document with the same limits (the body of a schedule built from an evaluation). */
    <T> T readDocument(InputStream input, Class<T> type) {
        return documents.read(input, type, (tree, errors) -> new SchedulingReferences(errors).validate(tree));
    }
}

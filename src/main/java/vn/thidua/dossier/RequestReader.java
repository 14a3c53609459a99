package vn.thidua.dossier;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads an evaluation request (docs/request-and-result.md §1) and checks it completely before
 * anything uses it: every problem is reported at once, with its JSON path.
 */
public class RequestReader {

    private static final int SCHEMA_VERSION = 1;

    private final Clock clock;
    private final int maxTextLength;
    private final JsonInput json;
    private final SchemaValidator schema;

    public RequestReader(long maxBytes, int maxTextLength, Clock clock) {
        this.clock = clock;
        this.maxTextLength = maxTextLength;
        this.json = new JsonInput(maxBytes, maxTextLength);
        this.schema = new SchemaValidator(maxTextLength);
    }

    /**
     * Reads and validates a request.
     *
     * @throws ValidationException with every problem found, when the input is not a valid request
     * @throws RequestTooLargeException when the input passes the size limit
     */
    public EvaluationRequest read(InputStream input) {
        JsonNode root = json.read(input);
        rejectUnsupportedVersion(root);
        List<FieldError> errors = new ArrayList<>();
        schema.validate(root, EvaluationRequest.class, "", errors);
        if (root.isObject()) {
            new ReferenceValidator(errors).validate(root);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        EvaluationRequest request = json.mapper().treeToValue(root, EvaluationRequest.class);
        return new EvaluationRequest(request.schemaVersion(), request.period().withDefaults(LocalDate.now(clock)),
                request.units(), request.individuals(), request.collectives(), request.households(), request.quotas());
    }

    /**
     * A request file too large to hold in memory, to be read in passes with this reader's text
     * limit; its size is not limited.
     */
    public RequestFile file(java.nio.file.Path file) {
        return RequestFile.of(file, maxTextLength, clock);
    }

    /**
     * Another version has another schema, so measuring the document against version 1 would only bury
     * the one error that matters under errors that are not errors in that version.
     */
    static void rejectUnsupportedVersion(JsonNode root) {
        JsonNode version = root.path("schemaVersion");
        if (version.isIntegralNumber() && !(version.canConvertToInt() && version.intValue() == SCHEMA_VERSION)) {
            throw new ValidationException(List.of(new FieldError("schemaVersion", "unsupported schema version "
                    + version + "; this evaluator reads version " + SCHEMA_VERSION)));
        }
    }
}

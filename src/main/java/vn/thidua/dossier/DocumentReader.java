package vn.thidua.dossier;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;

/**
 * Reads other documents of docs/request-and-result.md (a scheduling request, say) with the same
 * reading limits and checks as an evaluation request: the record type is the schema (field names,
 * JSON types, enum values, dates, {@link Required} and {@link Range}), unknown fields are errors,
 * and the caller's reference checks run on the same tree, so every problem is reported at once.
 */
public final class DocumentReader {

    private final JsonInput json;
    private final SchemaValidator schema;

    public DocumentReader(long maxBytes, int maxTextLength) {
        this.json = new JsonInput(maxBytes, maxTextLength);
        this.schema = new SchemaValidator(maxTextLength);
    }

    /**
     * Reads one JSON document of the given record type.
     *
     * @param references checks that types cannot express (ids, references), adding to the error list;
     *                   called only when the document is an object
     * @throws ValidationException with every problem found
     * @throws RequestTooLargeException when the input passes the size limit
     */
    public <T> T read(InputStream input, Class<T> type, BiConsumer<JsonNode, List<FieldError>> references) {
        return read(json.read(input), type, references);
    }

    /** Checks and converts a tree already read, as {@link #read(InputStream, Class, BiConsumer)} does. */
    public <T> T read(JsonNode root, Class<T> type, BiConsumer<JsonNode, List<FieldError>> references) {
        List<FieldError> errors = new ArrayList<>();
        schema.validate(root, type, "", errors);
        if (root.isObject()) {
            references.accept(root, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return json.mapper().treeToValue(root, type);
    }

    /** Reads a document as a tree only, within the limits; for callers that look at it before {@link #read(JsonNode, Class, BiConsumer)}. */
    public JsonNode tree(InputStream input) {
        return json.read(input);
    }

    /** The tree of a value, in the same notation the schema is checked against. */
    public JsonNode tree(Object value) {
        return json.mapper().valueToTree(value);
    }
}

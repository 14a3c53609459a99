package vn.thidua.eligibility.engine;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a scenario's request fields combine with its file's defaults: mappings merge field by field,
 * any other value (a list too) replaces the default, and null removes it.
 */
final class RequestFragments {

    private RequestFragments() {
    }

    /** Merges {@code value} into {@code target} under {@code field}. */
    static void merge(ObjectNode target, String field, JsonNode value) {
        JsonNode current = target.get(field);
        if (value.isNull()) {
            target.remove(field);
        } else if (value.isObject() && current != null && current.isObject()) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                merge((ObjectNode) current, entry.getKey(), entry.getValue());
            }
        } else {
            target.set(field, value.deepCopy());
        }
    }

    /** Every individual of the request starts from {@code defaults}; its own fields win. */
    static void applyToIndividuals(ObjectNode request, JsonNode defaults) {
        if (!defaults.isObject() || !request.path("individuals").isArray()) {
            return;
        }
        ArrayNode individuals = (ArrayNode) request.get("individuals");
        for (int i = 0; i < individuals.size(); i++) {
            if (individuals.get(i).isObject()) {
                ObjectNode merged = (ObjectNode) defaults.deepCopy();
                for (Map.Entry<String, JsonNode> field : individuals.get(i).properties()) {
                    merge(merged, field.getKey(), field.getValue());
                }
                individuals.set(i, merged);
            }
        }
    }
}

package vn.thidua.dossier;

import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;

/** Small readings of a JSON tree that the request checks share: a list's objects with their paths, a string or nothing. */
public final class JsonNodes {

    private JsonNodes() {
    }

    /** Calls {@code action} with each object of {@code list} (other elements are left to the schema checks) and its JSON path. */
    public static void eachObject(JsonNode list, String path, BiConsumer<JsonNode, String> action) {
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            if (list.get(i).isObject()) {
                action.accept(list.get(i), path + "[" + i + "]");
            }
        }
    }

    /** The node's string, or null when it is missing or not a string. */
    public static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}

package vn.thidua.scheduling;

import static vn.thidua.dossier.JsonNodes.eachObject;
import static vn.thidua.dossier.JsonNodes.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import vn.thidua.dossier.FieldError;

/**
 * Checks what the field types cannot: ids that repeat (reported at the second occurrence), members
 * of a session that are not on the council, a member listed twice in one session, and two members
 * who are the same person.
 */
final class SchedulingReferences {

    private final List<FieldError> errors;
    private final Map<String, String> memberPaths = new HashMap<>();

    SchedulingReferences(List<FieldError> errors) {
        this.errors = errors;
    }

    void validate(JsonNode root) {
        Map<String, String> persons = new HashMap<>();
        eachObject(root.path("members"), "members", (member, path) -> {
            unique(member, path, "member", memberPaths);
            String person = text(member.get("personId"));
            if (person != null) {
                String first = persons.putIfAbsent(person, path);
                if (first != null) {
                    errors.add(new FieldError(path + ".personId", "person \"" + person + "\" is already the member at " + first));
                }
            }
        });
        Map<String, String> sessions = new HashMap<>();
        eachObject(root.path("sessions"), "sessions", (session, path) -> {
            unique(session, path, "session", sessions);
            checkAvailable(session.path("availableMembers"), path + ".availableMembers");
        });
        Map<String, String> dossiers = new HashMap<>();
        eachObject(root.path("dossiers"), "dossiers", (dossier, path) -> unique(dossier, path, "dossier", dossiers));
    }

    private void checkAvailable(JsonNode list, String path) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            String id = text(list.get(i));
            String at = path + "[" + i + "]";
            if (id == null) {
                continue;
            }
            if (!memberPaths.containsKey(id)) {
                errors.add(new FieldError(at, "unknown member \"" + id + "\""));
            } else if (seen.putIfAbsent(id, i) != null) {
                errors.add(new FieldError(at, "member \"" + id + "\" is listed twice; first at availableMembers[" + seen.get(id) + "]"));
            }
        }
    }

    private void unique(JsonNode node, String path, String kind, Map<String, String> paths) {
        String id = text(node.get("id"));
        if (id != null) {
            String first = paths.putIfAbsent(id, path);
            if (first != null) {
                errors.add(new FieldError(path + ".id", "duplicate " + kind + " id \"" + id + "\"; first used at " + first));
            }
        }
    }
}

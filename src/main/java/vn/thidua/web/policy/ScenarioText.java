package vn.thidua.web.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Changes a {@code *.tests.yaml} scenario file as text, keeping its comments and layout: appends new
 * cases at the end of its {@code cases:} list, and pins a parameter for one existing case (the
 * rules/README's fix for a case that describes the law before a dated change).
 */
final class ScenarioText {

    private ScenarioText() {
    }

    /**
     * The file with {@code cases} (each a list item starting {@code - name:}, written at indentation
     * 0) appended to its {@code cases:} list under a comment.
     */
    static String append(String text, String comment, List<String> cases) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int list = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("cases:\\s*(#.*)?")) {
                list = i;
                break;
            }
        }
        if (list < 0) {
            throw new ParamsYamlText.Refused("scenarios", "paramchange.error.noCases");
        }
        int indent = -1;
        int end = lines.size();
        for (int i = list + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && !stripped.startsWith("-")) {
                end = i; // another top-level key after the list
                break;
            }
            if (stripped.startsWith("- ") && indent < 0) {
                indent = line.indexOf('-');
            }
        }
        indent = Math.max(indent, 0);
        while (end > list + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        List<String> added = new ArrayList<>();
        added.add("");
        String pad = " ".repeat(indent);
        for (String c : comment.split("\n")) {
            added.add(pad + "# " + c);
        }
        for (String c : cases) {
            added.add("");
            for (String line : c.split("\n")) {
                added.add(line.isEmpty() ? "" : pad + line);
            }
        }
        lines.addAll(end, added);
        return String.join("\n", lines);
    }

    /**
     * The file with {@code parameters: { key: value }} added to the case whose name is on the 1-based
     * {@code line}.
     *
     * A case that already fixes parameters on one line ({@code parameters: { … }}) gets the key added there.
     *
     * @throws ParamsYamlText.Refused when the line holds no case name, or the case fixes this parameter already or
     *                                fixes parameters in a block of several lines
     */
    static String pin(String text, int line, String key, String value) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (line < 1 || line > lines.size()) {
            throw new ParamsYamlText.Refused("pin", "paramchange.error.pin", line);
        }
        String nameLine = lines.get(line - 1);
        String stripped = nameLine.strip();
        int keyIndent;
        boolean item = stripped.startsWith("- ");
        if (item && stripped.substring(2).strip().startsWith("name:")) {
            keyIndent = nameLine.indexOf('-') + 2;
        } else if (stripped.startsWith("name:")) {
            keyIndent = nameLine.indexOf('n');
        } else {
            throw new ParamsYamlText.Refused("pin", "paramchange.error.pin", line);
        }
        int itemStart = line - 1;
        if (!item) {
            while (itemStart > 0 && !lines.get(itemStart).strip().startsWith("- ")) {
                itemStart--;
            }
        }
        for (int i = itemStart + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            int own = l.length() - l.stripLeading().length();
            if (own < keyIndent) {
                break;
            }
            if (own == keyIndent && l.strip().startsWith("parameters:")) {
                // A case that fixes parameters of its own on one line gets the pin added to them.
                String flow = l.strip().substring("parameters:".length()).strip();
                if (!flow.startsWith("{") || !flow.endsWith("}") || flow.contains(key + ":")) {
                    throw new ParamsYamlText.Refused("pin", "paramchange.error.pinOwn", line);
                }
                String inner = flow.substring(1, flow.length() - 1).strip();
                lines.set(i, " ".repeat(keyIndent) + "parameters: { " + (inner.isEmpty() ? "" : inner + ", ") + key + ": "
                        + value + " }");
                return String.join("\n", lines);
            }
        }
        String pinned = "parameters: { " + key + ": " + value + " }";
        if (item) {
            int dash = nameLine.indexOf('-');
            lines.set(line - 1, nameLine.substring(0, dash) + "- " + pinned);
            lines.add(line, " ".repeat(keyIndent) + stripped.substring(2).strip());
        } else {
            lines.add(line - 1, " ".repeat(keyIndent) + pinned);
        }
        return String.join("\n", lines);
    }
}

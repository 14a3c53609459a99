package vn.thidua.web.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes a {@code <award>.params.yaml} file as text: inserts one dated value and its reference
 * under a parameter (or a sector's values of it) in date order, and leaves every other line as it
 * was, comments and layout included. The file is never parsed and written back whole, so what its
 * authors wrote around the values (the legal text, the reasons) stays where it was.
 *
 * <p>The block layout of the shipped files is expected: {@code values:} and {@code reference:} each
 * either a block of {@code YYYY-MM-DD: …} lines or the empty {@code {}} of a value the province has yet
 * to enter. Anything else (a value written inline, a key not found) is refused with the field it
 * concerns, never guessed.
 */
final class ParamsYamlText {

    /** A change that cannot be made; {@code field} names the form field the problem is about. */
    static final class Refused extends RuntimeException {
        private final String field;
        private final String key;
        private final Object[] args;

        Refused(String field, String key, Object... args) {
            super(field + ": " + key + " " + Arrays.toString(args));
            this.field = field;
            this.key = key;
            this.args = args;
        }

        String field() {
            return field;
        }

        /** The message key of the explanation (in the messages files). */
        String key() {
            return key;
        }

        Object[] args() {
            return args.clone();
        }
    }

    private static final Pattern ENTRY = Pattern.compile("^(\\s*)[\"']?(\\d{4}-\\d{2}-\\d{2})[\"']?\\s*:\\s*(.*)$");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ParamsYamlText() {
    }

    /**
     * The file with {@code value} (already YAML text: see {@link #scalar}) and {@code reference} from
     * {@code since} under {@code parameter}, or under its {@code sector} when one is given.
     *
     * @param replace whether a different value already given for the same date may be replaced
     * @throws Refused when the parameter, sector or its lists are not found, or the date holds another value and
     *                 {@code replace} is false
     */
    static String insert(String text, String parameter, String sector, LocalDate since, String value, String reference,
            boolean replace) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        Block block = parameterBlock(lines, parameter);
        if (sector != null) {
            Block sectors = child(lines, block, "sectors");
            if (sectors == null) {
                throw new Refused("scope", "paramchange.error.noSector", sector);
            }
            block = child(lines, sectors, sector);
            if (block == null) {
                throw new Refused("scope", "paramchange.error.noSector", sector);
            }
        }
        Block values = child(lines, block, "values");
        Block references = child(lines, block, "reference");
        if (values == null || references == null) {
            throw new Refused("parameter", "paramchange.error.layout", parameter);
        }
        String quoted = quote(reference);
        // The later block first, so the earlier one's line numbers stay right.
        if (references.start > values.start) {
            put(lines, references, since, quoted, replace, true);
            put(lines, values, since, value, replace, false);
        } else {
            put(lines, values, since, value, replace, false);
            put(lines, references, since, quoted, replace, true);
        }
        return String.join("\n", lines);
    }

    /** A value as YAML text: numbers and booleans bare, a code bare, any other text double-quoted. */
    static String scalar(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = String.valueOf(value);
        if (PLAIN.matcher(text).matches() && !List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~")
                .contains(text.toLowerCase(java.util.Locale.ROOT))) {
            return text;
        }
        return quote(text);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The lines of a key and of its children: {@code start} is the key's line, {@code end} one past its last child. */
    private record Block(int start, int end, int indent) {
    }

    private static Block parameterBlock(List<String> lines, String parameter) {
        int parameters = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("parameters:\\s*(#.*)?")) {
                parameters = i;
                break;
            }
        }
        if (parameters < 0) {
            throw new Refused("parameter", "paramchange.error.layout", parameter);
        }
        Block all = new Block(parameters, end(lines, parameters, 0), 0);
        Block found = child(lines, all, parameter);
        if (found == null) {
            throw new Refused("parameter", "paramchange.error.noParameter", parameter);
        }
        return found;
    }

    /** The child {@code key:} of a block (at its children's own indentation), or null. */
    private static Block child(List<String> lines, Block parent, String key) {
        int childIndent = -1;
        for (int i = parent.start + 1; i < parent.end; i++) {
            String line = lines.get(i);
            if (blank(line)) {
                continue;
            }
            int indent = indent(line);
            if (childIndent < 0) {
                childIndent = indent;
            }
            if (indent == childIndent && line.strip().matches(Pattern.quote(key) + "\\s*:.*")) {
                return new Block(i, end(lines, i, indent), indent);
            }
        }
        return null;
    }

    /** One past the last line belonging to the key on {@code start} (comments and blank lines at its end excluded). */
    private static int end(List<String> lines, int start, int indent) {
        int last = start;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (blank(line)) {
                continue;
            }
            if (indent(line) <= indent) {
                break;
            }
            last = i;
        }
        return last + 1;
    }

    private static void put(List<String> lines, Block block, LocalDate since, String value, boolean replace, boolean reference) {
        String keyLine = lines.get(block.start);
        String rest = keyLine.substring(keyLine.indexOf(':') + 1).strip();
        int entryIndent = block.indent + 2;
        if (rest.startsWith("{}")) {
            lines.set(block.start, keyLine.substring(0, keyLine.indexOf(':') + 1));
            lines.add(block.start + 1, " ".repeat(entryIndent) + since + ": " + value);
            return;
        }
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            throw new Refused(reference ? "reference" : "value", "paramchange.error.inline", keyLine.strip());
        }
        int insertAt = block.end;
        for (int i = block.start + 1; i < block.end; i++) {
            Matcher m = ENTRY.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            entryIndent = m.group(1).length();
            LocalDate date;
            try {
                date = LocalDate.parse(m.group(2));
            } catch (DateTimeParseException e) {
                continue;
            }
            if (date.equals(since)) {
                String old = m.group(3).strip();
                if (old.equals(value)) {
                    return;
                }
                if (!replace) {
                    throw new Refused("since", reference ? "paramchange.error.dateTakenReference" : "paramchange.error.dateTaken",
                            since, old);
                }
                lines.set(i, m.group(1) + since + ": " + value);
                // A value continued on further lines is replaced whole.
                while (i + 1 < block.end && !blank(lines.get(i + 1)) && indent(lines.get(i + 1)) > entryIndent
                        && !ENTRY.matcher(lines.get(i + 1)).matches()) {
                    lines.remove(i + 1);
                }
                return;
            }
            if (date.isAfter(since)) {
                insertAt = i;
                break;
            }
        }
        lines.add(insertAt, " ".repeat(entryIndent) + since + ": " + value);
    }

    private static boolean blank(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("#");
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}

package vn.thidua.system;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each key and list item of a YAML file starts, so a problem found in the parsed tree can name
 * its line: paths are JSON pointers ({@code /awards/LAO_DONG_TIEN_TIEN/name}, {@code /occupations/2}).
 * Shared by the readers of the files of {@code rules/} that name each problem's line.
 */
public final class YamlLines {

    /** Refuses a key given twice (the second would silently win), with its line. */
    public static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    public static YamlLines of(byte[] content) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(content)) {
            while (parser.nextToken() != null) {
                lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (JacksonException e) {
            // The tree reader reports the file as not valid YAML, with its line.
        }
        return new YamlLines(lines);
    }

    /** The line of a path, or of its nearest enclosing path that has one; 0 when none has. */
    public int line(Object... path) {
        for (int length = path.length; length > 0; length--) {
            StringBuilder pointer = new StringBuilder();
            for (int i = 0; i < length; i++) {
                pointer.append('/').append(path[i].toString().replace("~", "~0").replace("/", "~1"));
            }
            Integer line = lines.get(pointer.toString());
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** The line a problem found while parsing is at (0 when unknown). */
    public static int lineOf(JacksonException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }
}

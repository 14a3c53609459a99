package vn.thidua.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Draft rule folders for the rule-change tests: a copy of rules/ with the draft amendment's stricter
 * "Chiến sĩ thi đua cơ sở" criterion (HTXSNV and an initiative) in force for achievements from
 * 2025, as policy staff would write it: a dated value with its reference, and the existing
 * scenarios pinned to the law before the change so they keep describing it.
 */
public final class DraftRules {

    public static final String PARAMS = "awards/chien-si-thi-dua-co-so.params.yaml";
    private static final String SWITCH = "CHIEN_SI_THI_DUA_CO_SO.requireExcellentAndInitiative";

    private DraftRules() {
    }

    /** Writes the draft into {@code target} (an empty or missing folder) and returns it. */
    public static Path strictGrassrootsFighter(Path target) throws IOException {
        copy(Path.of("rules"), target);
        Path params = target.resolve(PARAMS);
        String text = Files.readString(params);
        String value = "      2024-01-01: false\n";
        String reference = "      2024-01-01: \"Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23 khoản 2: HTXSNV hoặc sáng kiến hoặc đề tài nghiệm thu\"\n";
        if (!text.contains(value) || !text.contains(reference)) {
            throw new IllegalStateException(PARAMS + " no longer has the switch's 2024 value and reference");
        }
        text = text.replace(value, value + "      2025-01-01: true\n").replace(reference, reference
                + "      2025-01-01: \"Dự thảo Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng, Điều 23 khoản 2: HTXSNV và sáng kiến\"\n");
        Files.writeString(params, text);
        try (Stream<Path> files = Files.walk(target)) {
            for (Path tests : files.filter(p -> p.toString().endsWith(".tests.yaml")).toList()) {
                List<String> lines = Files.readAllLines(tests);
                int cases = lines.indexOf("cases:");
                if (cases < 0) {
                    throw new IllegalStateException(tests + " has no top-level cases:");
                }
                lines.add(cases, "parameters: { " + SWITCH + ": false }");
                Files.write(tests, lines);
            }
        }
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
    }
}

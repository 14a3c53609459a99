package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Rule folders for the exit-3 cases: a copy of rules/ with one syntax error or one failing scenario, and an empty folder. */
final class RuleFolders {

    /** A rules folder and the file and line (1-based) of the error put into it. */
    record Broken(Path dir, String file, int line) {
    }

    private static final String FILE = "awards/lao-dong-tien-tien.drl";
    private static final String PATTERN = "$p : Proposal(award == \"LAO_DONG_TIEN_TIEN\", $s : subjectId)";

    private RuleFolders() {
    }

    /** A copy of rules/ in which the first LĐTT rule's proposal pattern lost its comma. */
    static Broken withSyntaxError(Path target) throws IOException {
        copy(Path.of("rules"), target);
        Path drl = target.resolve(FILE);
        List<String> lines = Files.readAllLines(drl);
        int index = -1;
        for (int i = 0; i < lines.size() && index < 0; i++) {
            if (lines.get(i).contains(PATTERN)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalStateException(FILE + " no longer has the pattern " + PATTERN);
        }
        lines.set(index, lines.get(index).replace("\"LAO_DONG_TIEN_TIEN\", $s", "\"LAO_DONG_TIEN_TIEN\" $s"));
        Files.write(drl, lines);
        return new Broken(target, FILE, index + 1);
    }

    /** A copy of rules/ in which one LĐTT scenario expects NOT_ELIGIBLE where the rules answer ELIGIBLE; returns its line. */
    static Broken withFailingScenario(Path target) throws IOException {
        copy(Path.of("rules"), target);
        String file = "awards/lao-dong-tien-tien.tests.yaml";
        String expectation = "{ award: LAO_DONG_TIEN_TIEN, outcome: ELIGIBLE, criteria: { LDTT-A1: MET } }";
        Path tests = target.resolve(file);
        List<String> lines = Files.readAllLines(tests);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(expectation)) {
                lines.set(i, lines.get(i).replace("outcome: ELIGIBLE", "outcome: NOT_ELIGIBLE"));
                Files.write(tests, lines);
                return new Broken(target, file, i + 1);
            }
        }
        throw new IllegalStateException(file + " no longer has the expectation " + expectation);
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

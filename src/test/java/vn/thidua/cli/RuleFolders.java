package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Rule folders for the exit-3 cases: a copy of rules/ with one syntax error, and an empty folder. */
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

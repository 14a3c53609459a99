package vn.thidua.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped ranking policy, and variants of it with one line changed, as a policy author would. */
final class Policies {

    static final Path FILE = Path.of("rules/ranking/policy.yaml");

    private Policies() {
    }

    static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RankingPolicy standard() {
        return read(text());
    }

    static RankingPolicy weighted() {
        return read(text().replace("mode: LEXICOGRAPHIC", "mode: WEIGHTED"));
    }

    static RankingPolicy rounding(Rounding rounding) {
        return read(text().replace("mode: FLOOR", "mode: " + rounding));
    }

    static RankingPolicy read(String text) {
        return PolicyReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    static Ranker ranker() {
        return new Ranker(standard());
    }
}

package vn.thidua.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;

class RankerRuleSetTests {

    @Test
    void takesThePolicyFromTheRuleSetAndCountsItInTheVersion(@TempDir Path dir) throws IOException {
        copy(Path.of("rules"), dir);
        RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());
        RuleSet shipped = loader.load(dir);
        Path policy = dir.resolve("ranking/policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("mode: FLOOR", "mode: CEILING"));
        RuleSet edited = loader.load(dir);

        assertThat(shipped.files()).containsKey("ranking/policy.yaml");
        assertThat(edited.version()).isNotEqualTo(shipped.version());
        assertThat(Ranker.of(edited)).isNotNull();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}

package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** The memory benchmark reads the line `evaluate` prints for a request read in parts, stored or (before issue 19) not. */
class BenchmarksCommandTests {

    @Test
    void readsTheFiguresOfAStoredRunReadInParts() {
        Matcher matcher = BenchmarksCommand.STREAMED.matcher("evaluate: run 1, 29334 subjects, 172004 decisions, 21 rankings, rule set"
                + " sha256:f519; checked in 4.1 s, evaluated and stored in 168.1 s; heap: largest live 68 MiB (decided), of 256 MiB;"
                + " read in parts");

        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(2)).isEqualTo("172004");
        assertThat(matcher.group(5)).isEqualTo("168.1");
        assertThat(matcher.group(6)).isEqualTo("68");
        assertThat(matcher.group(7)).isEqualTo("decided");
    }

    @Test
    void readsTheLineOfAnEarlierJarThatDidNotStoreTheRun() {
        Matcher matcher = BenchmarksCommand.STREAMED.matcher("evaluate: 14667 subjects, 86002 decisions, 21 rankings, rule set x;"
                + " checked in 2.7 s, evaluated in 16.8 s; heap: largest live 56 MiB (ranking), of 1024 MiB; streamed, not stored");

        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(1)).isEqualTo("14667");
        assertThat(matcher.group(5)).isEqualTo("16.8");
    }
}

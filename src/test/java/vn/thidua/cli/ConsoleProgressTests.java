package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.thidua.system.Progress;

class ConsoleProgressTests {

    @Test
    void drawsTheTaskItsCountAndTotalAndEndsAtTheTotal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        try (Progress.Task task = new ConsoleProgress(err).start("evaluate", 1_200)) {
            for (int i = 0; i < 3; i++) {
                task.stepBy(400);
            }
        }

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        String last = drawn.substring(drawn.stripTrailing().lastIndexOf('\r') + 1).strip();
        assertThat(last).startsWith("evaluate").contains("100%").contains("1200/1200");
    }

    @Test
    void staysQuietWhenStderrIsNotThisProcessesTerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThat(ConsoleProgress.on(captured)).isSameAs(Progress.NONE);
    }

    @Test
    void namesEachPhaseOfAWholeAfterWhatItIsFor() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        try (Progress.Task task = new ConsoleProgress(err).of("draft").start("evaluate", 10)) {
            task.stepBy(10);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("draft: evaluate");
    }
}

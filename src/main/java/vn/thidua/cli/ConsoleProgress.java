package vn.thidua.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import vn.thidua.system.Progress;

/**
 * Progress of a long command drawn as a bar on stderr, only when stderr is a terminal: a command
 * whose stderr goes to a file, a pipe or a test's stream stays as quiet as before.
 */
final class ConsoleProgress implements Progress {

    private final PrintStream err;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar on {@code err} when it is this process's stderr and that is a terminal; otherwise nothing. */
    static Progress on(PrintStream err) {
        return err == System.err && stderrIsTerminal() ? new ConsoleProgress(err) : Progress.NONE;
    }

    @Override
    public Task start(String name, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total < 0 ? -1 : total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setMaxRenderedLength(100)
                .continuousUpdate()
                .build();
        return new Task() {
            @Override
            public void stepBy(long units) {
                bar.stepBy(units);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /**
     * Whether file descriptor 2 is a terminal. {@link System#console()} answers for stdin and stdout,
     * which a command writing its result to a file redirects, so on Linux the descriptor itself is
     * read; elsewhere the console stands for it.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}

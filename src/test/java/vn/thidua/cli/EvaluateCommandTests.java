package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code evaluate} reads a request in parts by itself: over a sixteenth of the heap. */
class EvaluateCommandTests {

    @TempDir
    Path folder;

    @Test
    void readsInPartsAFileOverASixteenthOfTheHeap() throws IOException {
        Path request = Files.write(folder.resolve("request.json"), new byte[100]);

        assertThat(EvaluateCommand.tooLargeToReadWhole(request, 1_600)).isFalse();
        assertThat(EvaluateCommand.tooLargeToReadWhole(request, 1_599)).isTrue();
        assertThat(EvaluateCommand.tooLargeToReadWhole(request, 256L << 20)).isFalse();
    }

    @Test
    void leavesAMissingFileOrAFolderToTheWholeReadWhichNamesTheProblem() {
        assertThat(EvaluateCommand.tooLargeToReadWhole(folder.resolve("missing.json"), 16)).isFalse();
        assertThat(EvaluateCommand.tooLargeToReadWhole(folder, 16)).isFalse();
    }
}

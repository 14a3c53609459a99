package vn.thidua.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.thidua.dataset.DatasetGenerator;

/** {@code generate --individuals N [--seed S] [--year Y] [--out FILE] [--pupils-and-dignitaries]}: a synthetic request, the same for the same arguments. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic evaluation request of any size, deterministically from a seed.")
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private Commands parent;

    @Option(names = "--individuals", defaultValue = "300", description = "number of individuals (default ${DEFAULT-VALUE})")
    private int individuals;

    @Option(names = "--seed", defaultValue = "41", description = "random seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--year", defaultValue = "2025", description = "achievement year (default ${DEFAULT-VALUE})")
    private int year;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    private Path output;

    @Option(names = "--pupils-and-dignitaries", description = "record some people outside the state system as pupils or students "
            + "and religious dignitaries (the focus groups of the yearly report); otherwise the same request")
    private boolean pupilsAndDignitaries;

    @Override
    public Integer call() throws IOException {
        if (individuals < 0) {
            parent.err.println("generate: --individuals must not be negative");
            return ExitCodes.INVALID_INPUT;
        }
        DatasetGenerator generator = pupilsAndDignitaries ? new DatasetGenerator(year).withPupilsAndDignitaries()
                : new DatasetGenerator(year);
        if (output == null) {
            generator.write(individuals, seed, parent.out, ConsoleProgress.on(parent.err));
            parent.out.println();
            parent.out.flush();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                generator.write(individuals, seed, out, ConsoleProgress.on(parent.err));
            }
        }
        return ExitCodes.OK;
    }
}

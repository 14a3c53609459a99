package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.thidua.register.Register;
import vn.thidua.register.RegisterEntry;
import vn.thidua.register.RegisterException;

/** {@code register import FILE.json}: all the file's awards are entered, or none; every bad field is named. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Enters past awards from a JSON file {\"awards\": [...]} (docs/operations.md); all or none.")
final class RegisterImportCommand implements Callable<Integer> {

    @ParentCommand
    private RegisterCommand register;

    @Parameters(paramLabel = "FILE.json", description = "the awards to import")
    private Path file;

    @Option(names = "--by", paramLabel = "NAME", description = "who records the import (default: cli:<the system user>)")
    private String by;

    @Override
    public Integer call() throws IOException {
        Commands parent = register.parent;
        if (!Files.isRegularFile(file)) {
            parent.err.println("register import: " + file + " is not a file");
            return ExitCodes.INVALID_INPUT;
        }
        byte[] json = Files.readAllBytes(file);
        String recordedBy = by != null && !by.isBlank() ? by : "cli:" + System.getProperty("user.name", "unknown");
        return ApplicationContexts.withContext(null, parent.springArgs, parent.err, context -> {
            try {
                List<RegisterEntry> entries = context.getBean(Register.class).importPast(json, recordedBy);
                parent.err.println("register import: " + entries.size() + " awards entered, register entries "
                        + entries.get(0).id() + "–" + entries.get(entries.size() - 1).id());
                return ExitCodes.OK;
            } catch (RegisterException e) {
                parent.err.println("register import: nothing entered, " + e.problems().size() + " problems in " + file + ":");
                e.problems().forEach(p -> parent.err.println("  " + p.path() + ": " + p.vi() + " (" + p.en() + ")"));
                return ExitCodes.INVALID_INPUT;
            }
        });
    }
}

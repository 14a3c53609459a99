package vn.thidua.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code audit verify} and {@code audit replay RUN_ID}: checks on the stored evaluation runs. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = {AuditVerifyCommand.class, AuditReplayCommand.class},
        description = "Verifies the audit chain of stored runs, or replays a run on its stored rule set.")
final class AuditCommand implements Runnable {

    @ParentCommand
    Commands parent;

    @Override
    public void run() {
        new CommandLine(this).usage(parent.out);
    }
}

package vn.thidua.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code rules validate [DIR]}: checks on a rules folder. */
@Command(name = "rules", mixinStandardHelpOptions = true, subcommands = RulesValidateCommand.class,
        description = "Validates a rules folder: compiles it and runs its scenario tests.")
final class RulesCommand implements Runnable {

    @ParentCommand
    Commands parent;

    @Override
    public void run() {
        new CommandLine(this).usage(parent.out);
    }
}

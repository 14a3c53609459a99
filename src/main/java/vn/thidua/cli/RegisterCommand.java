package vn.thidua.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code register import FILE.json}: batch work on the register of conferred awards. */
@Command(name = "register", mixinStandardHelpOptions = true, subcommands = {RegisterImportCommand.class},
        description = "Imports awards conferred before the application was used into the register.")
final class RegisterCommand implements Runnable {

    @ParentCommand
    Commands parent;

    @Override
    public void run() {
        new CommandLine(this).usage(parent.out);
    }
}

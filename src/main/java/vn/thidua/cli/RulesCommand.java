package vn.thidua.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code rules validate [DIR]}, {@code rules catalogue [DIR]} and the steps of a rule change. */
@Command(name = "rules", mixinStandardHelpOptions = true, subcommands = {RulesValidateCommand.class, RulesDraftCommand.class,
        RulesImpactCommand.class, RulesAcknowledgeCommand.class, RulesActivateCommand.class, RulesRollbackCommand.class,
        RulesVersionsCommand.class, RulesCatalogueCommand.class},
        description = "Rule management: validate a folder, store it as a draft, report its impact, acknowledge, activate, "
                + "roll back; write a folder's catalogue.")
final class RulesCommand implements Runnable {

    @ParentCommand
    Commands parent;

    @Override
    public void run() {
        new CommandLine(this).usage(parent.out);
    }
}

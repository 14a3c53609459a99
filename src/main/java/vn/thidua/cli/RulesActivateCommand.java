package vn.thidua.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.thidua.governance.Activation;
import vn.thidua.governance.RuleSetActivations;

/** {@code rules activate --report ID --by NAME --reason TEXT}: makes the draft of an acknowledged impact report active. */
@Command(name = "activate", mixinStandardHelpOptions = true,
        description = "Activates the draft of an acknowledged impact report; running servers on the same database follow "
                + "within seconds.")
final class RulesActivateCommand implements Callable<Integer> {

    @ParentCommand
    private RulesCommand rules;

    @Option(names = "--report", required = true, paramLabel = "ID", description = "the acknowledged impact report")
    private long report;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who activates it")
    private String by;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (the decree or decision it implements)")
    private String reason;

    @Override
    public Integer call() {
        return RuleChanges.run(rules.parent, "rules activate", context -> {
            Activation activation = context.getBean(RuleSetActivations.class).activate(report, by, reason);
            rules.parent.err.println("rules activate: " + activation.version() + " is active (it replaces "
                    + activation.previousVersion() + "); undo with: rules rollback --by NAME --reason TEXT");
            return activation;
        });
    }
}

package vn.thidua.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import vn.thidua.governance.Activation;
import vn.thidua.governance.RuleSetActivations;

/** {@code rules rollback [--to VERSION] --by NAME --reason TEXT}: returns to a version that was active before. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Makes a version that was active before the active one again (by default the one it replaced).")
final class RulesRollbackCommand implements Callable<Integer> {

    @ParentCommand
    private RulesCommand rules;

    @Option(names = "--to", paramLabel = "VERSION", description = "the version to return to (default: the one the active version replaced)")
    private String to;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who rolls back")
    private String by;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why")
    private String reason;

    @Override
    public Integer call() {
        return RuleChanges.run(rules.parent, "rules rollback", context -> {
            Activation activation = context.getBean(RuleSetActivations.class).rollback(to, by, reason);
            rules.parent.err.println("rules rollback: " + activation.version() + " is active again (it replaces "
                    + activation.previousVersion() + ")");
            return activation;
        });
    }
}

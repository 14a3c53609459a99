package vn.thidua.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import vn.thidua.governance.RuleSetActivations;
import vn.thidua.governance.RuleSetHistory;

/** {@code rules versions}: the active version, every activation and rollback, and the impact reports. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "Prints the active rule-set version, every activation and rollback (who, when, why), and the impact reports.")
final class RulesVersionsCommand implements Callable<Integer> {

    @ParentCommand
    private RulesCommand rules;

    @Override
    public Integer call() {
        return RuleChanges.run(rules.parent, "rules versions",
                context -> RuleSetHistory.of(context.getBean(RuleSetActivations.class),
                        context.getBean(vn.thidua.governance.ImpactReports.class)));
    }
}

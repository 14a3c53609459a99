package vn.thidua.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import vn.thidua.governance.ImpactReports;

/** {@code rules acknowledge REPORT_ID --by NAME [--note TEXT]}: records that the impact report was read and accepted. */
@Command(name = "acknowledge", mixinStandardHelpOptions = true,
        description = "Records that an impact report was read and its consequences accepted; activation needs it.")
final class RulesAcknowledgeCommand implements Callable<Integer> {

    @ParentCommand
    private RulesCommand rules;

    @Parameters(index = "0", paramLabel = "REPORT_ID", description = "the impact report")
    private long report;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who acknowledges it")
    private String by;

    @Option(names = "--note", paramLabel = "TEXT", description = "an optional remark")
    private String note;

    @Override
    public Integer call() {
        return RuleChanges.run(rules.parent, "rules acknowledge", context -> {
            var acknowledged = context.getBean(ImpactReports.class).acknowledge(report, by, note);
            rules.parent.err.println("rules acknowledge: report " + report + " acknowledged by " + by
                    + "; activate it with: rules activate --report " + report + " --by NAME --reason TEXT");
            return acknowledged.acknowledgement();
        });
    }
}

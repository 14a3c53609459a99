package vn.thidua.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import vn.thidua.governance.Draft;
import vn.thidua.governance.RuleSetDrafts;

/** {@code rules draft DIR --by NAME}: validates a folder in full and stores it as a draft; exit 3 when invalid. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Validates a rules folder (compile, metadata, scenarios) and stores it as a draft for an impact report.")
final class RulesDraftCommand implements Callable<Integer> {

    @ParentCommand
    private RulesCommand rules;

    @Parameters(index = "0", paramLabel = "DIR", description = "the draft rules folder")
    private Path dir;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who submits the draft")
    private String by;

    @Override
    public Integer call() {
        Commands parent = rules.parent;
        int[] exit = {ExitCodes.OK};
        int status = RuleChanges.run(parent, "rules draft", context -> {
            Draft draft = context.getBean(RuleSetDrafts.class).prepare(dir, by);
            if (draft.valid()) {
                parent.err.println("rules draft: " + dir + " is valid and stored as " + draft.version() + " ("
                        + draft.scenarios() + " scenarios pass, " + draft.millis() + " ms)");
            } else {
                parent.err.println("rules draft: " + dir + " has " + draft.problems().size() + " problems; nothing is stored:");
                parent.err.println("  " + RuleChanges.lines(draft.problems()));
                exit[0] = ExitCodes.RULES_BROKEN;
            }
            return draft;
        });
        return status == ExitCodes.OK ? exit[0] : status;
    }
}

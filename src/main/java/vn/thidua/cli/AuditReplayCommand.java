package vn.thidua.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.audit.AuditReplay;
import vn.thidua.audit.ReplayReport;

/** {@code audit replay RUN_ID}: exit 0 when the replay gives exactly the stored decisions, 1 otherwise. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Evaluates a stored run's request again on its stored rule set and reports every difference.")
final class AuditReplayCommand implements Callable<Integer> {

    @ParentCommand
    private AuditCommand audit;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "the stored run")
    private long runId;

    @Override
    public Integer call() {
        Commands parent = audit.parent;
        return ApplicationContexts.withContext(null, parent.springArgs, parent.err, context -> {
            Optional<ReplayReport> found = context.getBean(AuditReplay.class).replay(runId);
            if (found.isEmpty()) {
                parent.err.println("audit replay: no evaluation run " + runId);
                return ExitCodes.FAILURE;
            }
            ReplayReport report = found.get();
            parent.out.println(context.getBean(JsonMapper.class).writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
            parent.out.flush();
            if (report.identical()) {
                parent.err.println("audit replay: run " + runId + " replays identically, " + report.decisions()
                        + " decisions on " + report.ruleSetVersion());
                return ExitCodes.OK;
            }
            parent.err.println("audit replay: run " + runId + " DIFFERS on replay:");
            report.differences().forEach(difference -> parent.err.println("  " + difference));
            return ExitCodes.FAILURE;
        });
    }
}

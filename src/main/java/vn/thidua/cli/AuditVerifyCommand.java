package vn.thidua.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.audit.AuditChain;
import vn.thidua.audit.ChainReport;

/** {@code audit verify}: exit 0 when the chain is intact, 1 naming the first altered run otherwise. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recomputes the audit chain of stored runs and names the first run that was altered.")
final class AuditVerifyCommand implements Callable<Integer> {

    @ParentCommand
    private AuditCommand audit;

    @Override
    public Integer call() {
        Commands parent = audit.parent;
        return ApplicationContexts.withContext(null, parent.springArgs, parent.err, context -> {
            ChainReport report = context.getBean(AuditChain.class).verify();
            parent.out.println(context.getBean(JsonMapper.class).writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
            parent.out.flush();
            if (report.intact()) {
                parent.err.println("audit verify: intact, " + report.runsChecked() + " runs in the chain ("
                        + report.unchainedRuns() + " older runs not covered), " + report.millis() + " ms");
                return ExitCodes.OK;
            }
            parent.err.println("audit verify: ALTERED" + (report.firstAlteredRunId() == null ? ""
                    : ": run " + report.firstAlteredRunId() + " (chain seq " + report.chainSeq() + ")"));
            report.differences().forEach(difference -> parent.err.println("  " + difference));
            return ExitCodes.FAILURE;
        });
    }
}

package vn.thidua.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.audit.AuditChain;
import vn.thidua.audit.ChainReport;
import vn.thidua.audit.RecordChainReport;

/** {@code audit verify}: exit 0 when the chain is intact, 1 naming the first altered run or record otherwise. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recomputes the audit chain of stored runs and the record chain of other sealed records (rankings,"
                + " schedules, rule-set versions, impact reports, activations, public lists and comments, council sessions,"
                + " decisions, register entries) and names the first run or record that was altered.")
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
            RecordChainReport records = report.records();
            if (report.intact()) {
                parent.err.println("audit verify: intact, " + report.runsChecked() + " runs in the chain ("
                        + report.unchainedRuns() + " older runs not covered), " + records.recordsChecked()
                        + " records in the record chain, " + report.millis() + " ms");
                if (report.waitingRuns() > 0) {
                    parent.err.println("audit verify: " + report.waitingRuns() + " runs stored and waiting for their seal"
                            + " (content checked, not yet linked into the chain): " + report.waitingRunIds().stream()
                                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                            + (report.waitingRuns() > report.waitingRunIds().size() ? ", …" : ""));
                }
                return ExitCodes.OK;
            }
            if (!report.runsIntact()) {
                parent.err.println("audit verify: ALTERED" + (report.firstAlteredRunId() == null ? ""
                        : ": run " + report.firstAlteredRunId() + " (chain seq " + report.chainSeq() + ")"));
                report.differences().forEach(difference -> parent.err.println("  " + difference));
            }
            if (!records.intact()) {
                parent.err.println("audit verify: record chain ALTERED" + (records.firstAlteredKind() == null ? ""
                        : ": " + records.firstAlteredKind() + " record " + records.firstAlteredKey()
                                + (records.chainSeq() == null ? "" : " (chain seq " + records.chainSeq() + ")"))
                        + ", table " + String.join(", ", records.tables()));
                records.differences().forEach(difference -> parent.err.println("  " + difference));
            }
            return ExitCodes.FAILURE;
        });
    }
}

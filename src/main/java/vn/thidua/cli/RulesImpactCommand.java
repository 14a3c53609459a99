package vn.thidua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.ValidationException;
import vn.thidua.governance.AwardImpact;
import vn.thidua.governance.Draft;
import vn.thidua.governance.ImpactReport;
import vn.thidua.governance.ImpactReports;
import vn.thidua.governance.RuleSetDrafts;
import vn.thidua.system.Progress;

/**
 * {@code rules impact (--dir DIR | --draft VERSION) (--run RUN_ID | --request FILE) --by NAME}: what
 * the draft would change against the active rule set, stored as a report to acknowledge.
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Reports who gains or loses eligibility, through which criterion, and how priority-group shares move, "
                + "if a draft replaced the active rule set; the report is stored for acknowledgement.")
final class RulesImpactCommand implements Callable<Integer> {

    static final class DraftSource {
        @Option(names = "--dir", paramLabel = "DIR", description = "a rules folder: validated and stored as a draft first")
        Path dir;

        @Option(names = "--draft", paramLabel = "VERSION", description = "a stored draft (sha256:…)")
        String version;
    }

    static final class Inputs {
        @Option(names = "--run", paramLabel = "RUN_ID", description = "the stored evaluation run whose request is re-evaluated")
        Long run;

        @Option(names = "--request", paramLabel = "FILE", description = "a request file to evaluate instead of a stored run")
        Path request;
    }

    @ParentCommand
    private RulesCommand rules;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private DraftSource draft;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Inputs inputs;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who asks for the report")
    private String by;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report there instead of stdout")
    private Path out;

    @Override
    public Integer call() {
        Commands parent = rules.parent;
        return ApplicationContexts.withContext(null, parent.springArgs, parent.err, context -> {
            String version = draft.version;
            if (draft.dir != null) {
                Draft prepared = context.getBean(RuleSetDrafts.class).prepare(draft.dir, by);
                if (!prepared.valid()) {
                    parent.err.println("rules impact: " + draft.dir + " has " + prepared.problems().size() + " problems:");
                    parent.err.println("  " + RuleChanges.lines(prepared.problems()));
                    return ExitCodes.RULES_BROKEN;
                }
                version = prepared.version();
            }
            ImpactReports reports = context.getBean(ImpactReports.class);
            ImpactReport report;
            try {
                Progress progress = ConsoleProgress.on(parent.err);
                report = inputs.run != null ? reports.onRun(version, inputs.run, by, progress)
                        : reports.onRequest(version, Files.readAllBytes(inputs.request), inputs.request.getFileName().toString(), by,
                                progress);
            } catch (ValidationException e) {
                parent.err.println("rules impact: " + inputs.request + " is not a valid request:");
                e.errors().forEach(error -> parent.err.println("  " + error));
                return ExitCodes.INVALID_INPUT;
            } catch (vn.thidua.governance.RuleChangeException e) {
                parent.err.println("rules impact: refused: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            write(context.getBean(JsonMapper.class), report, parent);
            summary(report, parent);
            return ExitCodes.OK;
        });
    }

    private void write(JsonMapper json, ImpactReport report, Commands parent) throws IOException {
        String text = json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        if (out != null) {
            Files.writeString(out, text + System.lineSeparator());
        } else {
            parent.out.println(text);
            parent.out.flush();
        }
    }

    private static void summary(ImpactReport report, Commands parent) {
        parent.err.println("rules impact: report " + report.id() + ": " + report.draftVersion() + " against " + report.baseVersion()
                + " on " + report.source() + " (" + report.subjects() + " subjects, " + report.millis() + " ms)");
        for (AwardImpact award : report.awards()) {
            if (award.gained().isEmpty() && award.lost().isEmpty() && award.changed().isEmpty()) {
                continue;
            }
            parent.err.println("  " + award.award() + ": +" + award.gained().size() + " eligible, -" + award.lost().size()
                    + " no longer eligible, " + award.changed().size() + " other changes");
        }
        parent.err.println("  acknowledge it before activating: rules acknowledge " + report.id() + " --by NAME");
    }
}

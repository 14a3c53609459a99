package vn.thidua.governance;

import java.io.ByteArrayInputStream;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.audit.RuleSetArchive;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.EligibilityService;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.governance.RuleChangeException.Reason;
import vn.thidua.ranking.Ranker;
import vn.thidua.ranking.Ranking;
import vn.thidua.system.Progress;

/**
 * Population impact of a stored draft: the same request evaluated and ranked under the active rule
 * set and under the draft, compared award by award, and stored. Nothing else is written: no run is
 * stored for either evaluation.
 */
@Service
public class ImpactReports {

    private final RuleSetDrafts drafts;
    private final RuleSetRegistry registry;
    private final RuleSetArchive archive;
    private final EligibilityService eligibility;
    private final EvaluationRuns runs;
    private final RequestReader reader;
    private final ImpactReportStore store;
    private final TransactionTemplate transactions;

    ImpactReports(RuleSetDrafts drafts, RuleSetRegistry registry, RuleSetArchive archive, EligibilityService eligibility,
            EvaluationRuns runs, RequestReader reader, ImpactReportStore store, PlatformTransactionManager transactionManager) {
        this.drafts = drafts;
        this.registry = registry;
        this.archive = archive;
        this.eligibility = eligibility;
        this.runs = runs;
        this.reader = reader;
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The impact of a draft on the request of a stored run.
     *
     * @throws RuleChangeException NOT_FOUND when the draft or the run is unknown, CONFLICT when the draft is already active
     */
    public ImpactReport onRun(String draftVersion, long runId, String by) {
        return onRun(draftVersion, runId, by, Progress.NONE);
    }

    /** As above, telling {@code progress} of the subjects evaluated under each rule set. */
    public ImpactReport onRun(String draftVersion, long runId, String by, Progress progress) {
        EvaluationRequest request = runs.request(runId)
                .orElseThrow(() -> new RuleChangeException(Reason.NOT_FOUND, "no evaluation run " + runId));
        return create(draftVersion, request, runId, "run " + runId, by, progress);
    }

    /**
     * The impact of a draft on a request given as JSON (for example a generated population).
     *
     * @throws vn.thidua.dossier.ValidationException when the request is invalid; nothing is stored
     */
    public ImpactReport onRequest(String draftVersion, byte[] requestJson, String source, String by) {
        return onRequest(draftVersion, requestJson, source, by, Progress.NONE);
    }

    /** As above, telling {@code progress} of the subjects evaluated under each rule set. */
    public ImpactReport onRequest(String draftVersion, byte[] requestJson, String source, String by, Progress progress) {
        return create(draftVersion, reader.read(new ByteArrayInputStream(requestJson)), null, source, by, progress);
    }

    public Optional<ImpactReport> find(long id) {
        return store.find(id);
    }

    /** Every report, newest first, without the per-award details. */
    public List<ImpactReport> list() {
        return store.summaries();
    }

    /**
     * Records that {@code by} read the report and accepts its consequences.
     *
     * @throws RuleChangeException NOT_FOUND for an unknown report, CONFLICT when it is already acknowledged
     */
    public ImpactReport acknowledge(long id, String by, String note) {
        ImpactReport.Acknowledgement ack = new ImpactReport.Acknowledgement(drafts.now().truncatedTo(ChronoUnit.SECONDS),
                WhoAndWhy.require(by, "by"), note == null || note.isBlank() ? null : WhoAndWhy.require(note, "note"));
        Boolean recorded = transactions.execute(status -> {
            if (store.find(id).isEmpty()) {
                throw new RuleChangeException(Reason.NOT_FOUND, "no impact report " + id);
            }
            return store.acknowledge(id, ack);
        });
        ImpactReport report = store.find(id).orElseThrow();
        if (!Boolean.TRUE.equals(recorded)) {
            throw new RuleChangeException(Reason.CONFLICT, "impact report " + id + " was already acknowledged by "
                    + report.acknowledgement().by() + " at " + report.acknowledgement().at());
        }
        return report;
    }

    private ImpactReport create(String draftVersion, EvaluationRequest request, Long runId, String source, String submitter,
            Progress progress) {
        String by = WhoAndWhy.require(submitter, "by");
        long started = System.nanoTime();
        RuleSet active = registry.active();
        if (active.version().equals(draftVersion)) {
            throw new RuleChangeException(Reason.CONFLICT, "the draft " + draftVersion + " is the active version: it changes nothing");
        }
        RuleSet draft = drafts.compiled(draftVersion, drafts.now())
                .orElseThrow(() -> new RuleChangeException(Reason.NOT_FOUND, "no stored draft " + draftVersion
                        + ": prepare the folder as a draft first (rules draft DIR, or POST /api/rules/drafts)"));
        // One after the other, each kept without the facts and rule names the comparison does not use,
        // so that memory holds one whole evaluation at a time.
        ImpactAnalysis.Side before = side(request, active, progress.of("in force"));
        ImpactAnalysis.Side after = side(request, draft, progress.of("draft"));
        List<AwardImpact> awards = ImpactAnalysis.compare(request, before, after);
        int subjects = request.individuals().size() + request.collectives().size() + request.households().size();
        ImpactReport report = new ImpactReport(null, draftVersion, active.version(), runId, source,
                drafts.now().truncatedTo(ChronoUnit.SECONDS), by, subjects, before.decisions().size(), after.decisions().size(),
                awards.stream().mapToInt(a -> a.gained().size()).sum(), awards.stream().mapToInt(a -> a.lost().size()).sum(),
                awards.stream().mapToInt(a -> a.changed().size()).sum(), (System.nanoTime() - started) / 1_000_000, awards, null);
        return transactions.execute(status -> {
            archive.storeIfNew(active, null, null);
            return store.insert(report);
        });
    }

    private ImpactAnalysis.Side side(EvaluationRequest request, RuleSet ruleSet, Progress progress) {
        Evaluation evaluation = eligibility.evaluate(request, ruleSet, progress);
        List<Ranking> rankings = Ranker.of(ruleSet).rank(request, evaluation.decisions());
        return new ImpactAnalysis.Side(evaluation.decisions().stream().map(ImpactReports::slim).toList(), rankings);
    }

    private static EligibilityDecision slim(EligibilityDecision d) {
        return new EligibilityDecision(d.subjectId(), d.subjectKind(), d.award(), d.outcome(), d.requiresCouncilJudgement(),
                d.criteria().stream().map(c -> new CriterionOutcome(c.id(), c.result(), c.explanation(), c.citation(), Map.of(),
                        List.of())).toList(), List.of(), List.of(), null);
    }
}

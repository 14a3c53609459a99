package vn.thidua.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import vn.thidua.audit.AuditReplay;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.RatingLevel;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.dossier.Scope;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.governance.RuleChangeException.Reason;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.DraftRules;

/**
 * The draft amendment's stricter "Chiến sĩ thi đua cơ sở" (HTXSNV and an initiative) as a rule
 * change on the sample commune: validated and stored as a draft, its impact reported exactly,
 * acknowledged, activated while evaluations run, and rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RuleChangesIntegrationTests {

    private static final AwardCode CSCS = AwardCode.CHIEN_SI_THI_DUA_CO_SO;
    private static String draftVersion;

    @Autowired
    private EvaluationRuns runs;
    @Autowired
    private RuleSetDrafts drafts;
    @Autowired
    private ImpactReports reports;
    @Autowired
    private RuleSetActivations activations;
    @Autowired
    private RuleSetRegistry registry;
    @Autowired
    private AuditReplay replay;

    private String base;

    @BeforeEach
    void prepareDraft() throws IOException {
        base = registry.active().version();
        if (draftVersion == null) {
            Path dir = Files.createTempDirectory("thidua-draft-test-");
            Draft draft = drafts.prepare(DraftRules.strictGrassrootsFighter(dir.resolve("rules")), "policy.test");
            FileSystemUtils.deleteRecursively(dir);
            assertThat(draft.problems()).isEmpty();
            assertThat(draft.valid()).isTrue();
            assertThat(draft.stored()).isTrue();
            draftVersion = draft.version();
        }
    }

    @AfterEach
    void restoreBase() {
        if (!registry.active().version().equals(base)) {
            activations.rollback(base, "policy.test", "restore the version the test started with");
        }
    }

    @Test
    void impactNamesExactlyThoseWhoLoseTheGrassrootsFighterTitleThroughCriterionC2() {
        Evaluation stored = runs.evaluateAndStore(SampleRequests.commune());
        EvaluationRequest request = runs.request(stored.runId()).orElseThrow();

        ImpactReport report = reports.onRun(draftVersion, stored.runId(), "policy.test");

        Set<String> eligibleBefore = ids(stored.decisions(), CSCS, Outcome.ELIGIBLE);
        Set<String> expectedLost = request.individuals().stream()
                .filter(person -> eligibleBefore.contains(person.id()) && !(excellent(person) && initiative(person)))
                .map(Individual::id).collect(Collectors.toSet());
        assertThat(expectedLost).as("the crafted change must bite on the sample commune").isNotEmpty();
        AwardImpact cscs = award(report, CSCS);
        assertThat(cscs.lost()).extracting(AwardImpact.SubjectChange::subjectId).containsExactlyInAnyOrderElementsOf(expectedLost);
        assertThat(cscs.gained()).isEmpty();
        for (AwardImpact.SubjectChange lost : cscs.lost()) {
            assertThat(lost.before()).isEqualTo(Outcome.ELIGIBLE);
            // Not met, or (with no rating for the year recorded yet) waiting for it.
            assertThat(lost.after()).isIn(Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE);
            assertThat(lost.name()).isNotBlank();
            assertThat(lost.criteria()).singleElement().satisfies(criterion -> {
                assertThat(criterion.criterion()).isEqualTo("CSCS-C2");
                assertThat(criterion.before()).isEqualTo(CriterionStatus.MET);
                assertThat(criterion.after()).isIn(CriterionStatus.NOT_MET, CriterionStatus.NOT_EVALUATED);
                assertThat(criterion.explanation().vi()).isNotBlank();
                assertThat(criterion.explanation().en()).contains("draft law amending");
                assertThat(criterion.citation().title()).contains("Điều 23 khoản 2");
            });
        }
        assertThat(cscs.after().get(Outcome.ELIGIBLE)).isEqualTo(eligibleBefore.size() - expectedLost.size());
        assertThat(award(report, AwardCode.LAO_DONG_TIEN_TIEN).lost()).isEmpty();
        assertThat(award(report, AwardCode.LAO_DONG_TIEN_TIEN).gained()).isEmpty();
        int lostEthnic = (int) cscs.lost().stream().filter(c -> ethnicMinority(request, c.subjectId())).count();
        assertThat(cscs.shares()).filteredOn(s -> s.group() == vn.thidua.dossier.PriorityGroup.ETHNIC_MINORITY).singleElement()
                .satisfies(share -> assertThat(share.eligibleBefore() - share.eligibleAfter()).isEqualTo(lostEthnic));
        assertThat(report.baseVersion()).isEqualTo(base);
        assertThat(report.draftVersion()).isEqualTo(draftVersion);
        assertThat(report.lost()).isGreaterThanOrEqualTo(expectedLost.size());
        assertThat(reports.find(report.id())).hasValue(report);
    }

    @Test
    void activationNeedsAnAcknowledgedReportMadeAgainstTheActiveVersion() {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        ImpactReport report = reports.onRun(draftVersion, run, "policy.test");

        assertThatThrownBy(() -> activations.activate(report.id(), "policy.test", "draft CSTĐCS"))
                .isInstanceOfSatisfying(RuleChangeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT))
                .hasMessageContaining("not acknowledged");
        reports.acknowledge(report.id(), "head.of.policy", "read; 4 fewer fighters expected");
        assertThatThrownBy(() -> reports.acknowledge(report.id(), "someone.else", null))
                .isInstanceOfSatisfying(RuleChangeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
        assertThatThrownBy(() -> activations.activate(report.id(), " ", "draft CSTĐCS"))
                .isInstanceOfSatisfying(RuleChangeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));

        Activation activation = activations.activate(report.id(), "policy.test", "Dự thảo Luật sửa đổi: CSTĐCS cần HTXSNV và sáng kiến");

        assertThat(activation.kind()).isEqualTo(Activation.Kind.ACTIVATE);
        assertThat(activation.previousVersion()).isEqualTo(base);
        assertThat(activation.impactReportId()).isEqualTo(report.id());
        assertThat(registry.active().version()).isEqualTo(draftVersion);
        assertThat(activations.current()).hasValueSatisfying(current -> assertThat(current.id()).isEqualTo(activation.id()));
        assertThatThrownBy(() -> activations.activate(report.id(), "policy.test", "again"))
                .isInstanceOfSatisfying(RuleChangeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT))
                .hasMessageContaining("make a new report");

        Evaluation underDraft = runs.evaluateAndStore(SampleRequests.commune());
        assertThat(underDraft.ruleSet().version()).isEqualTo(draftVersion);
        assertThat(replay.replay(underDraft.runId()).orElseThrow().identical()).isTrue();

        Activation rollback = activations.rollback(null, "policy.test", "the amendment was not passed");
        assertThat(rollback.kind()).isEqualTo(Activation.Kind.ROLLBACK);
        assertThat(rollback.version()).isEqualTo(base);
        assertThat(registry.active().version()).isEqualTo(base);
        assertThat(runs.evaluateAndStore(SampleRequests.commune()).ruleSet().version()).isEqualTo(base);
        assertThat(activations.history()).first().isEqualTo(rollback);
    }

    @Test
    void rollbackOnlyReturnsToAVersionThatWasActive() {
        String neverActive = "sha256:" + "0".repeat(64);
        assertThatThrownBy(() -> activations.rollback(neverActive, "policy.test", "skip the report"))
                .isInstanceOfSatisfying(RuleChangeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT))
                .hasMessageContaining("was never active");
        assertThatThrownBy(() -> activations.rollback(base, "policy.test", "nothing to do"))
                .isInstanceOfSatisfying(RuleChangeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
    }

    @Test
    void everyEvaluationRunsOnExactlyOneVersionWhileVersionsAreSwapped() throws Exception {
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        ImpactReport report = reports.onRun(draftVersion, run, "policy.test");
        reports.acknowledge(report.id(), "head.of.policy", null);
        long eligibleUnderBase = count(runs.evaluateAndStore(SampleRequests.commune()).decisions());
        long eligibleUnderDraft = eligibleUnderBase - award(report, CSCS).lost().size();

        AtomicBoolean swapping = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Evaluation> evaluated = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(pool.submit(() -> {
                do {
                    evaluated.add(runs.evaluateAndStore(SampleRequests.commune()));
                } while (swapping.get());
                return null;
            }));
        }
        activations.activate(report.id(), "policy.test", "swap under load");
        Thread.sleep(300);
        activations.rollback(null, "policy.test", "swap back under load");
        swapping.set(false);
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(evaluated).isNotEmpty();
        Map<String, Long> eligibleByVersion = Map.of(base, eligibleUnderBase, draftVersion, eligibleUnderDraft);
        for (Evaluation evaluation : evaluated) {
            assertThat(eligibleByVersion).containsKey(evaluation.ruleSet().version());
            assertThat(count(evaluation.decisions())).as("run %s on %s", evaluation.runId(), evaluation.ruleSet().version())
                    .isEqualTo(eligibleByVersion.get(evaluation.ruleSet().version()));
            assertThat(count(runs.find(evaluation.runId()).orElseThrow().decisions())).isEqualTo(count(evaluation.decisions()));
        }
        Evaluation last = evaluated.stream().reduce((a, b) -> b).orElseThrow();
        assertThat(replay.replay(last.runId()).orElseThrow().identical()).isTrue();
    }

    private static long count(List<EligibilityDecision> decisions) {
        return decisions.stream().filter(d -> d.award() == CSCS && d.outcome() == Outcome.ELIGIBLE).count();
    }

    private static AwardImpact award(ImpactReport report, AwardCode code) {
        return report.awards().stream().filter(a -> a.award() == code).findFirst().orElseThrow();
    }

    private static Set<String> ids(List<EligibilityDecision> decisions, AwardCode award, Outcome outcome) {
        return decisions.stream().filter(d -> d.award() == award && d.outcome() == outcome).map(EligibilityDecision::subjectId)
                .collect(Collectors.toSet());
    }

    private static boolean excellent(Individual person) {
        return person.ratings().stream().anyMatch(r -> r.year() == 2025 && r.level() == RatingLevel.HTXSNV);
    }

    private static boolean initiative(Individual person) {
        return person.initiatives().stream().anyMatch(i -> i.year() == 2025 && i.scope() != null && i.scope().covers(Scope.CO_SO));
    }

    private static boolean ethnicMinority(EvaluationRequest request, String id) {
        return request.individuals().stream().anyMatch(p -> p.id().equals(id) && Boolean.TRUE.equals(p.ethnicMinority()));
    }
}

package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSetLoader;

/**
 * The generated commune of data/commune-300.json (300 people, 20 collectives, 120 households) under
 * the real rules: every subject gets every award of its kind, every criterion is explained and cited,
 * and the outcome counts per award are the ones recorded in data/README.md.
 */
class GeneratedCommuneIntegrationTests {

    private static List<EligibilityDecision> decisions;
    private static EvaluationRequest request;

    @BeforeAll
    static void evaluate() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/commune-300.json"))) {
            request = new RequestReader(100_000_000, 10_000, Clock.systemUTC()).read(in);
        }
        RuleEngine.Output output = new RuleEngine(256, 2000).evaluate(new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")), request);
        decisions = output.decisions();
    }

    @Test
    void givesEverySubjectEveryAwardOfItsKind() {
        Map<String, List<AwardCode>> bySubject = decisions.stream().collect(Collectors.groupingBy(
                EligibilityDecision::subjectId, Collectors.mapping(EligibilityDecision::award, Collectors.toList())));
        request.individuals().forEach(i -> assertThat(bySubject.get(i.id())).as(i.id()).isEqualTo(awardsOf(SubjectKind.INDIVIDUAL)));
        request.collectives().forEach(c -> assertThat(bySubject.get(c.id())).as(c.id()).isEqualTo(awardsOf(SubjectKind.COLLECTIVE)));
        request.households().forEach(h -> assertThat(bySubject.get(h.id())).as(h.id()).isEqualTo(awardsOf(SubjectKind.HOUSEHOLD)));
    }

    @Test
    void explainsAndCitesEveryCriterionAndSaysWhatIsMissing() {
        for (EligibilityDecision decision : decisions) {
            assertThat(decision.criteria()).as("criteria of %s/%s", decision.subjectId(), decision.award()).isNotEmpty();
            for (CriterionOutcome criterion : decision.criteria()) {
                assertThat(criterion.explanation().vi()).doesNotContain("{").isNotBlank();
                assertThat(criterion.explanation().en()).doesNotContain("{").isNotBlank();
                assertThat(criterion.citation().title()).isNotBlank();
            }
            boolean failed = decision.outcome() == Outcome.NOT_ELIGIBLE || decision.outcome() == Outcome.INCOMPLETE;
            assertThat(decision.missing().isEmpty()).as("missing of %s/%s", decision.subjectId(), decision.award()).isEqualTo(!failed);
            assertThat(decision.authority()).as("authority of %s/%s", decision.subjectId(), decision.award()).isNotNull();
        }
    }

    @Test
    void countsTheOutcomesRecordedInTheDataReadme() {
        Map<String, String> counts = new TreeMap<>();
        decisions.stream().collect(Collectors.groupingBy(d -> d.subjectKind() + " " + d.award(), TreeMap::new,
                Collectors.groupingBy(EligibilityDecision::outcome, TreeMap::new, Collectors.counting())))
                .forEach((award, byOutcome) -> counts.put(award, byOutcome.toString()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("COLLECTIVE BANG_KHEN_CHU_TICH_UBND_TINH", "{INCOMPLETE=13, ELIGIBLE=7}"),
                Map.entry("COLLECTIVE CO_THI_DUA_CAP_TINH", "{INCOMPLETE=20}"),
                Map.entry("COLLECTIVE GIAY_KHEN_CHU_TICH_UBND_XA", "{ELIGIBLE=20}"),
                Map.entry("COLLECTIVE GIAY_KHEN_THU_TRUONG_DON_VI", "{ELIGIBLE=20}"),
                Map.entry("COLLECTIVE TAP_THE_LAO_DONG_TIEN_TIEN", "{NOT_ELIGIBLE=3, INCOMPLETE=13, ELIGIBLE=4}"),
                Map.entry("COLLECTIVE TAP_THE_LAO_DONG_XUAT_SAC", "{NOT_ELIGIBLE=16, INCOMPLETE=4}"),
                Map.entry("HOUSEHOLD BANG_KHEN_CHU_TICH_UBND_TINH", "{INCOMPLETE=10, ELIGIBLE=110}"),
                Map.entry("HOUSEHOLD GIAY_KHEN_CHU_TICH_UBND_XA", "{ELIGIBLE=120}"),
                Map.entry("HOUSEHOLD GIA_DINH_VAN_HOA", "{NOT_ELIGIBLE=23, INCOMPLETE=23, ELIGIBLE=74}"),
                Map.entry("INDIVIDUAL BANG_KHEN_CHU_TICH_UBND_TINH", "{NOT_ELIGIBLE=295, DEFERRED=1, INCOMPLETE=1, ELIGIBLE=3}"),
                Map.entry("INDIVIDUAL CHIEN_SI_THI_DUA_CAP_TINH", "{NOT_ELIGIBLE=300}"),
                Map.entry("INDIVIDUAL CHIEN_SI_THI_DUA_CO_SO", "{NOT_ELIGIBLE=159, DEFERRED=4, INCOMPLETE=78, ELIGIBLE=59}"),
                Map.entry("INDIVIDUAL CHIEN_SI_THI_DUA_TOAN_QUOC", "{NOT_ELIGIBLE=300}"),
                Map.entry("INDIVIDUAL GIAY_KHEN_CHU_TICH_UBND_XA", "{DEFERRED=6, ELIGIBLE=294}"),
                Map.entry("INDIVIDUAL GIAY_KHEN_THU_TRUONG_DON_VI", "{DEFERRED=6, ELIGIBLE=294}"),
                Map.entry("INDIVIDUAL LAO_DONG_TIEN_TIEN", "{NOT_ELIGIBLE=76, DEFERRED=5, INCOMPLETE=30, ELIGIBLE=189}")));
    }

    private static List<AwardCode> awardsOf(SubjectKind kind) {
        return AwardCode.orderFor(kind).stream().filter(a -> a != AwardCode.GIAY_KHEN_CHU_TICH_UBND_HUYEN).toList();
    }
}

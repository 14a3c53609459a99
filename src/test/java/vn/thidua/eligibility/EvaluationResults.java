package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.SampleCommuneOutcomes.Expected;
import vn.thidua.eligibility.SampleCommuneOutcomes.ExpectedCriterion;

/**
 * Checks an evaluation result as JSON (docs/request-and-result.md §3), field by field: the
 * shape every result has, and the hand-checked outcomes of data/sample-commune.json.
 */
public final class EvaluationResults {

    private EvaluationResults() {
    }

    /** The result of data/sample-commune.json: header, order, outcomes, chosen criteria, texts and citations. */
    public static void assertSampleCommune(JsonNode result) {
        assertThat(result.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(result.path("ruleSet").path("version").asString()).matches("sha256:[0-9a-f]{64}");
        assertThat(result.path("ruleSet").path("activatedAt").asString()).isNotBlank();
        assertThat(result.path("period").path("year").asInt()).isEqualTo(2025);
        assertThat(result.path("period").path("cutoffDate").asString()).isEqualTo("2025-12-31");
        assertThat(result.path("period").path("decisionDate").asString()).isEqualTo("2026-01-20");
        JsonNode decisions = result.path("decisions");
        assertSampleCommuneDecisions(decisions);
    }

    /** The decisions of data/sample-commune.json, as returned by any channel. */
    public static void assertSampleCommuneDecisions(JsonNode decisions) {
        assertContractOrder(decisions, SampleCommuneOutcomes.subjects());
        assertThat(outcomes(decisions)).containsExactlyElementsOf(SampleCommuneOutcomes.decisions());
        for (ExpectedCriterion expected : SampleCommuneOutcomes.criteria()) {
            assertCriterion(decisions, expected);
        }
        assertExplainedAndCited(decisions);
        for (JsonNode decision : decisions) {
            String subject = decision.path("subjectId").asString();
            boolean inferred = SampleCommuneOutcomes.SUBJECT_TYPE_INFERRED.contains(subject);
            assertThat(warningCodes(decision).contains("SUBJECT_TYPE_INFERRED")).as("subject type inferred for %s", key(decision))
                    .isEqualTo(inferred);
            assertThat(warningCodes(decision).contains("MATERNITY_NOT_RATED")).as("maternity warning for %s", key(decision))
                    .isEqualTo(subject.equals(SampleCommuneOutcomes.MATERNITY_NOT_RATED));
        }
    }

    /** Subjects in input order, and within a subject the awards in the order of docs/request-and-result.md §2 (section 2). */
    public static void assertContractOrder(JsonNode decisions, List<String> subjects) {
        int previousSubject = -1;
        int previousAward = -1;
        for (JsonNode decision : decisions) {
            int subject = subjects.indexOf(decision.path("subjectId").asString());
            int award = award(decision).order(SubjectKind.valueOf(decision.path("subjectKind").asString()));
            assertThat(subject).as("subject of %s is in the request", key(decision)).isNotNegative();
            assertThat(subject > previousSubject || (subject == previousSubject && award > previousAward))
                    .as("%s comes after the decision before it", key(decision)).isTrue();
            previousSubject = subject;
            previousAward = award;
        }
    }

    /** Every criterion is explained in Vietnamese and English and cited (linked where an official source exists); what is missing is said for failures. */
    public static void assertExplainedAndCited(JsonNode decisions) {
        Map<String, String> pending = SampleCommuneOutcomes.pendingLegalReview();
        for (JsonNode decision : decisions) {
            assertThat(decision.path("criteria").size()).as("criteria of %s", key(decision)).isPositive();
            for (JsonNode criterion : decision.path("criteria")) {
                String at = key(decision) + " " + criterion.path("id").asString();
                assertThat(criterion.path("explanation").path("vi").asString()).as("vi of %s", at).isNotBlank();
                assertThat(criterion.path("explanation").path("en").asString()).as("en of %s", at).isNotBlank();
                assertThat(criterion.path("citation").path("title").asString()).as("citation of %s", at).isNotBlank();
                if (criterion.path("citation").has("href")) {
                    // A link goes to an official or primary source (LegalSourceLinksTests); a criterion without one has none.
                    assertThat(criterion.path("citation").path("href").asString()).as("link of %s", at).startsWith("https://");
                }
                String review = pending.get(criterion.path("id").asString());
                if (review != null) {
                    assertThat(criterion.path("citation").path("legalReview").asString()).as("review of %s", at).isEqualTo(review);
                }
            }
            String outcome = decision.path("outcome").asString();
            if (outcome.equals("NOT_ELIGIBLE") || outcome.equals("INCOMPLETE")) {
                assertThat(decision.path("missing").size()).as("missing of %s", key(decision)).isPositive();
                for (JsonNode missing : decision.path("missing")) {
                    assertThat(missing.path("vi").asString()).isNotBlank();
                    assertThat(missing.path("en").asString()).isNotBlank();
                }
            }
        }
    }

    /** The decisions of the awards the sample table covers, as (subject, award, outcome). */
    public static List<Expected> outcomes(JsonNode decisions) {
        List<Expected> outcomes = new ArrayList<>();
        for (JsonNode decision : decisions) {
            if (SampleCommuneOutcomes.AWARDS.contains(award(decision))) {
                outcomes.add(new Expected(decision.path("subjectId").asString(), award(decision),
                        Outcome.valueOf(decision.path("outcome").asString())));
            }
        }
        return outcomes;
    }

    private static void assertCriterion(JsonNode decisions, ExpectedCriterion expected) {
        JsonNode criterion = find(decisions, expected);
        String at = expected.subjectId() + " " + expected.award() + " " + expected.criterion();
        assertThat(criterion.path("result").asString()).as("result of %s", at).isEqualTo(expected.result().name());
        if (expected.fact() != null) {
            JsonNode fact = criterion.path("facts").path(expected.fact());
            Object actual = fact.isArray() ? fact.values().stream().map(JsonNode::asString).toList() : fact.asString();
            assertThat(actual).as("fact %s of %s", expected.fact(), at).isEqualTo(expected.value());
        }
    }

    private static JsonNode find(JsonNode decisions, ExpectedCriterion expected) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode decision : decisions) {
            if (decision.path("subjectId").asString().equals(expected.subjectId()) && award(decision) == expected.award()) {
                decision.path("criteria").forEach(c -> byId.put(c.path("id").asString(), c));
            }
        }
        assertThat(byId).as("criteria of %s %s", expected.subjectId(), expected.award()).containsKey(expected.criterion());
        return byId.get(expected.criterion());
    }

    private static List<String> warningCodes(JsonNode decision) {
        return decision.path("warnings").values().stream().map(w -> w.path("code").asString()).toList();
    }

    private static AwardCode award(JsonNode decision) {
        return AwardCode.valueOf(decision.path("award").asString());
    }

    private static String key(JsonNode decision) {
        return decision.path("subjectId").asString() + "/" + decision.path("award").asString();
    }
}

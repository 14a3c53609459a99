package vn.thidua.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.ResultRows;
import vn.thidua.audit.RuleSetArchive;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.consultation.Consultations;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.RuleSetInfo;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.testing.ShippedRules;
import vn.thidua.web.site.CurrentUser;

/**
 * Every decision page of the sample commune, evaluated with the shipped rules, in Vietnamese and in
 * English: the facts read as labels and formatted values, never as codes, maps or field names.
 */
@WebMvcTest(RunController.class)
@WithMockUser(username = "thuky", roles = "SECRETARIAT")
class DecisionFactsPageTests {

    private static final Account SECRETARY = new Account("thuky", "Thư ký", true, Set.of(Role.SECRETARIAT), Set.of("XA-DARSAL"), null);
    private static final Pattern FACTS = Pattern.compile("<dl class=\"facts\">(.*?)</dl>", Pattern.DOTALL);
    /** An enum name (upper case with an underscore), map text, braces, an ISO date or a camel-case field name. */
    private static final Pattern RAW = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|=|\\{|}|\\d{4}-\\d{2}-\\d{2}|\\b[a-z]+[A-Z][A-Za-z]*\\b");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private EvaluationRuns runs;

    @MockitoBean
    private ResultRows resultRows;

    @MockitoBean
    private RunScope scope;

    @MockitoBean
    private Consultations consultations;

    @MockitoBean
    private CommentAnswers answers;

    @MockitoBean
    private SupervisionOpinions opinions;

    @MockitoBean
    private CurrentUser currentUser;

    @MockitoBean
    private RuleSetRegistry rules;

    /** No stored version: the page words the decisions with the active rule set's texts. */
    @MockitoBean
    private RuleSetArchive archive;

    private Evaluation evaluation;

    @BeforeEach
    void run() {
        RuleSet ruleSet = ShippedRules.ruleSet();
        when(currentUser.get()).thenReturn(SECRETARY);
        when(currentUser.find()).thenReturn(Optional.of(SECRETARY));
        when(rules.active()).thenReturn(ruleSet);
        when(consultations.today()).thenReturn(LocalDate.of(2026, 1, 10));
        EvaluationRequest request = new RequestReader(10_000_000, 10_000, Clock.fixed(Instant.parse("2026-01-10T00:00:00Z"),
                ZoneOffset.UTC)).read(new ByteArrayInputStream(SampleRequests.commune()));
        RuleEngine.Output output = new RuleEngine(256, 2000).evaluate(ruleSet, request);
        evaluation = new Evaluation(1, 5L, new RuleSetInfo(ruleSet.version(), ruleSet.activatedAt()), request.period(),
                output.decisions(), List.of(), output.warnings());
        when(runs.header(5)).thenReturn(Optional.of(new Evaluation(1, 5L, evaluation.ruleSet(), evaluation.period(), List.of(),
                List.of(), List.of())));
        when(runs.decisions(eq(5L), anyString(), any(), isNull())).thenAnswer(call -> Optional.of(evaluation.decisions().stream()
                .filter(d -> d.subjectId().equals(call.getArgument(1)) && d.award() == call.getArgument(2)).toList()));
    }

    @Test
    void everyDecisionOfTheSampleCommuneShowsItsFactsInWordsInBothLanguages() throws Exception {
        List<String> raw = new ArrayList<>();
        int facts = 0;
        for (EligibilityDecision decision : evaluation.decisions()) {
            for (String lang : List.of("vi", "en")) {
                String page = mvc.perform(get("/runs/5/decision").param("subject", decision.subjectId())
                        .param("award", decision.award().name()).param("lang", lang))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                Matcher area = FACTS.matcher(page);
                while (area.find()) {
                    String text = HtmlUtils.htmlUnescape(area.group(1).replaceAll("<[^>]+>", " "));
                    facts += text.isBlank() ? 0 : 1;
                    Matcher bad = RAW.matcher(text);
                    if (bad.find()) {
                        raw.add(decision.subjectId() + " " + decision.award() + " " + lang + ": «" + bad.group() + "» in " + text.strip());
                    }
                }
                String kind = HtmlUtils.htmlUnescape(page.replaceAll("(?s).*<span id=\"kind\">([^<]*)</span>.*", "$1"));
                assertThat(kind).as("the subject kind in words").isNotEqualTo(decision.subjectKind().name())
                        .isIn("vi".equals(lang) ? List.of("Cá nhân", "Tập thể", "Hộ gia đình") : List.of("Individual", "Collective", "Household"));
            }
        }
        assertThat(facts).as("facts areas rendered").isGreaterThan(evaluation.decisions().size());
        assertThat(raw).isEmpty();
    }

    @Test
    void aParameterFactReadsAsValueDateAndReference() throws Exception {
        EligibilityDecision withParameter = evaluation.decisions().stream()
                .filter(d -> d.criteria().stream().anyMatch(c -> c.facts() != null && c.facts().values().stream()
                        .anyMatch(v -> v instanceof java.util.Map<?, ?> m && m.containsKey("parameter") && m.get("since") != null)))
                .findFirst().orElseThrow();
        String vi = mvc.perform(get("/runs/5/decision").param("subject", withParameter.subjectId())
                .param("award", withParameter.award().name())).andReturn().getResponse().getContentAsString();
        String en = mvc.perform(get("/runs/5/decision").param("subject", withParameter.subjectId())
                .param("award", withParameter.award().name()).param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(vi).containsPattern("áp dụng từ \\d{2}/\\d{2}/\\d{4}").doesNotContain("parameter=");
        assertThat(en).containsPattern("from \\d{2}/\\d{2}/\\d{4}").doesNotContain("parameter=");
    }
    @Test
    void everyCriterionShowsItsStatementBesideItsResultInTheReadersLanguage() throws Exception {
        RuleSet ruleSet = ShippedRules.ruleSet();
        EligibilityDecision decision = evaluation.decisions().stream()
                .filter(d -> d.award() == vn.thidua.dossier.AwardCode.LAO_DONG_TIEN_TIEN).findFirst().orElseThrow();
        for (String lang : List.of("vi", "en")) {
            String page = mvc.perform(get("/runs/5/decision").param("subject", decision.subjectId())
                    .param("award", decision.award().name()).param("lang", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Matcher statements = Pattern.compile("<small class=\"statement\"[^>]*>([^<]*)</small>").matcher(page);
            List<String> shown = new ArrayList<>();
            while (statements.find()) {
                shown.add(HtmlUtils.htmlUnescape(statements.group(1)));
            }
            assertThat(shown).as(lang).containsExactlyElementsOf(decision.criteria().stream().map(c -> {
                vn.thidua.eligibility.Text statement = ruleSet.text(c.id() + ".statement");
                return "vi".equals(lang) ? statement.vi() : statement.en();
            }).toList());
            assertThat(shown).as(lang).contains("vi".equals(lang)
                    ? "Được xếp loại chất lượng từ Hoàn thành tốt nhiệm vụ trở lên trong năm xét."
                    : "Rated \"Completed duties well\" or above in the year under review.");
        }
    }
}

package vn.thidua.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.dossier.AwardCode.BANG_KHEN_CHU_TICH_UBND_TINH;
import static vn.thidua.dossier.AwardCode.CHIEN_SI_THI_DUA_CO_SO;
import static vn.thidua.dossier.AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA;
import static vn.thidua.dossier.AwardCode.LAO_DONG_TIEN_TIEN;
import static vn.thidua.history.Histories.conferred;
import static vn.thidua.history.Histories.imported;
import static vn.thidua.history.Histories.person;
import static vn.thidua.history.Histories.revoked;
import static vn.thidua.history.Histories.title;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Commendation;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.Title;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.Warning;

/** The merge rules of request-and-result.md §6.6, one difference at a time. */
class HistoryCompletionTests {

    @Test
    void leavesRequestUntouchedWhenRegisterHoldsNothing() {
        EvaluationRequest request = person(List.of(title(LAO_DONG_TIEN_TIEN, 2025, "5/QĐ-UBND")), List.of());

        CompletedRequest completed = HistoryCompletion.complete(request, List.of());

        assertThat(completed.request()).isSameAs(request);
        assertThat(completed.warnings()).isEmpty();
        assertThat(completed.readRegister()).isFalse();
    }

    @Test
    void addsRegisteredTitleMissingFromRequestWithBothValuesNamed() {
        RegisteredAward entry = conferred(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND");

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of()), List.of(entry));

        assertThat(one(completed).titles()).containsExactly(title(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND"));
        assertThat(warnings(completed)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("REGISTER_TITLE_ADDED");
            assertThat(w.vi()).contains("CHIEN_SI_THI_DUA_CO_SO", "2024", "12/QĐ-UBND", "20/01/2025", "hồ sơ không ghi");
            assertThat(w.en()).contains("does not list", "12/QĐ-UBND");
        });
    }

    @Test
    void namesAwardsInTheReadersLanguageWhenTheRuleSetNamesThem() {
        RegisteredAward entry = conferred(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND");

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of()), List.of(entry),
                award -> award == CHIEN_SI_THI_DUA_CO_SO ? new Text("Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighter") : null);

        assertThat(warnings(completed)).singleElement().satisfies(w -> {
            assertThat(w.vi()).contains("“Chiến sĩ thi đua cơ sở”").doesNotContain("CHIEN_SI_THI_DUA_CO_SO");
            assertThat(w.en()).contains("“Grassroots Emulation Fighter”").doesNotContain("CHIEN_SI_THI_DUA_CO_SO");
        });
    }

    @Test
    void keepsTitleThatMatchesRegisterWithoutWarning() {
        Title listed = new Title(CHIEN_SI_THI_DUA_CO_SO, 2024, " 12/qđ-ubnd ", List.of("SK-1"));

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(listed), List.of()),
                List.of(conferred(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND")));

        assertThat(one(completed).titles()).containsExactly(listed);
        assertThat(completed.warnings()).isEmpty();
        assertThat(completed.readRegister()).isTrue();
    }

    @Test
    void takesRegistersDecisionReferenceWhenRequestGivesAnother() {
        Title listed = new Title(LAO_DONG_TIEN_TIEN, 2025, "99/QĐ-UBND", List.of("SK-2"));

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(listed), List.of()),
                List.of(conferred(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND")));

        assertThat(one(completed).titles()).containsExactly(new Title(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND", List.of("SK-2")));
        assertThat(warnings(completed)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("REGISTER_DECISION_DIFFERS");
            assertThat(w.vi()).contains("99/QĐ-UBND", "7/QĐ-UBND");
            assertThat(w.en()).contains("99/QĐ-UBND", "7/QĐ-UBND");
        });
    }

    @Test
    void fillsDecisionReferenceTheRequestLeftOutAndSaysSo() {
        CompletedRequest completed = HistoryCompletion.complete(person(List.of(title(LAO_DONG_TIEN_TIEN, 2025, null)), List.of()),
                List.of(conferred(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND")));

        assertThat(one(completed).titles()).containsExactly(title(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND"));
        assertThat(warnings(completed)).extracting(Warning::code).containsExactly("REGISTER_DECISION_DIFFERS");
        assertThat(warnings(completed).get(0).en()).contains("(none)", "7/QĐ-UBND");
    }

    @Test
    void removesRevokedTitleEvenWhenRequestListsIt() {
        RegisteredAward entry = revoked(conferred(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND"), "40/QĐ-UBND");

        CompletedRequest completed = HistoryCompletion.complete(
                person(List.of(title(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND")), List.of()), List.of(entry));

        assertThat(one(completed).titles()).isEmpty();
        assertThat(warnings(completed)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("REGISTER_REVOKED");
            assertThat(w.vi()).contains("12/QĐ-UBND", "40/QĐ-UBND", "02/03/2026", "Khai man thành tích");
        });
    }

    @Test
    void neitherAddsNorWarnsOfRevokedTitleTheRequestDoesNotList() {
        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of()),
                List.of(revoked(conferred(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND"), "40/QĐ-UBND")));

        assertThat(one(completed).titles()).isEmpty();
        assertThat(completed.warnings()).isEmpty();
    }

    @Test
    void keepsTitleOfYearRegisterHasNothingOnWithoutWarning() {
        Title listed = title(LAO_DONG_TIEN_TIEN, 2023, "3/QĐ-UBND");

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(listed), List.of()),
                List.of(conferred(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND")));

        assertThat(one(completed).titles()).contains(listed);
        assertThat(warnings(completed)).extracting(Warning::code).containsExactly("REGISTER_TITLE_ADDED");
    }

    @Test
    void keepsButWarnsOfTitleMissingFromYearTheApplicationDecided() {
        Title listed = title(CHIEN_SI_THI_DUA_CO_SO, 2025, "8/QĐ-UBND");

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(title(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND"), listed),
                List.of()), List.of(conferred(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND")));

        assertThat(one(completed).titles()).contains(listed);
        assertThat(warnings(completed)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("REGISTER_NOT_FOUND");
            assertThat(w.en()).contains("CHIEN_SI_THI_DUA_CO_SO", "2025", "8/QĐ-UBND");
        });
    }

    @Test
    void doesNotWarnOfTitleMissingFromYearOnlyImported() {
        Title listed = title(CHIEN_SI_THI_DUA_CO_SO, 2022, "8/QĐ-UBND");

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(title(LAO_DONG_TIEN_TIEN, 2022, "7/QĐ-UBND"), listed),
                List.of()), List.of(imported(LAO_DONG_TIEN_TIEN, 2022, "7/QĐ-UBND")));

        assertThat(one(completed).titles()).contains(listed);
        assertThat(completed.warnings()).isEmpty();
    }

    @Test
    void leavesEvaluatedYearAndLaterAsRequestSays() {
        Title thisYear = title(LAO_DONG_TIEN_TIEN, 2026, "1/QĐ-UBND");

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(thisYear), List.of()),
                List.of(conferred(LAO_DONG_TIEN_TIEN, 2026, "2/QĐ-UBND"), conferred(CHIEN_SI_THI_DUA_CO_SO, 2026, "2/QĐ-UBND")));

        assertThat(one(completed).titles()).containsExactly(thisYear);
        assertThat(completed.warnings()).isEmpty();
    }

    @Test
    void addsRegisteredCommendationAsCommendationNotTitle() {
        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of()),
                List.of(conferred(GIAY_KHEN_CHU_TICH_UBND_XA, 2024, "15/QĐ-UBND")));

        assertThat(one(completed).titles()).isEmpty();
        assertThat(one(completed).commendations()).containsExactly(
                new Commendation(GIAY_KHEN_CHU_TICH_UBND_XA, LocalDate.of(2025, 1, 20), "2024", "15/QĐ-UBND", List.of()));
        assertThat(warnings(completed)).extracting(Warning::code).containsExactly("REGISTER_COMMENDATION_ADDED");
    }

    @Test
    void takesRegistersDecisionOfCommendationMatchedByYearAndKeepsItsPeriodAndBasis() {
        Commendation listed = new Commendation(BANG_KHEN_CHU_TICH_UBND_TINH, LocalDate.of(2025, 2, 1), "2024", "88/QĐ-UBND",
                List.of("SK-3"));

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of(listed)),
                List.of(conferred(BANG_KHEN_CHU_TICH_UBND_TINH, 2024, "20/QĐ-UBND")));

        assertThat(one(completed).commendations()).containsExactly(new Commendation(BANG_KHEN_CHU_TICH_UBND_TINH,
                LocalDate.of(2025, 1, 20), "2024", "20/QĐ-UBND", List.of("SK-3")));
        assertThat(warnings(completed)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("REGISTER_DECISION_DIFFERS");
            assertThat(w.vi()).contains("88/QĐ-UBND", "01/02/2025", "20/QĐ-UBND", "20/01/2025");
        });
    }

    @Test
    void keepsCommendationMatchingRegisterWithoutWarning() {
        Commendation listed = new Commendation(GIAY_KHEN_CHU_TICH_UBND_XA, LocalDate.of(2025, 1, 20), "2021–2024", "15/QĐ-UBND",
                List.of());

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of(listed)),
                List.of(conferred(GIAY_KHEN_CHU_TICH_UBND_XA, 2024, "15/QĐ-UBND")));

        assertThat(one(completed).commendations()).containsExactly(listed);
        assertThat(completed.warnings()).isEmpty();
    }

    @Test
    void removesRevokedCommendation() {
        Commendation listed = new Commendation(GIAY_KHEN_CHU_TICH_UBND_XA, null, "2024", "15/QĐ-UBND", List.of());

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of(listed)),
                List.of(revoked(conferred(GIAY_KHEN_CHU_TICH_UBND_XA, 2024, "15/QĐ-UBND"), "41/QĐ-UBND")));

        assertThat(one(completed).commendations()).isEmpty();
        assertThat(warnings(completed)).extracting(Warning::code).containsExactly("REGISTER_REVOKED");
    }

    @Test
    void keepsButWarnsOfCommendationMissingFromYearTheApplicationDecided() {
        Commendation listed = new Commendation(GIAY_KHEN_CHU_TICH_UBND_XA, null, "2025", "16/QĐ-UBND", List.of());

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(title(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND")),
                List.of(listed)), List.of(conferred(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND")));

        assertThat(one(completed).commendations()).containsExactly(listed);
        assertThat(warnings(completed)).extracting(Warning::code).containsExactly("REGISTER_NOT_FOUND");
    }

    @Test
    void ignoresEntryOfSameIdButAnotherKindOfSubjectAndSaysSo() {
        RegisteredAward e = conferred(LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND");
        RegisteredAward collective = new RegisteredAward(e.entryId(), e.subjectId(), SubjectKind.COLLECTIVE,
                vn.thidua.dossier.AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN, 2025, "7/QĐ-UBND", e.decisionDate(), e.authority(), e.source(), null);

        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of()), List.of(collective));

        assertThat(one(completed).titles()).isEmpty();
        assertThat(warnings(completed)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("REGISTER_SUBJECT_KIND_DIFFERS");
            assertThat(w.en()).contains("INDIVIDUAL", "COLLECTIVE");
        });
    }

    @Test
    void putsSubjectsWarningsAfterThoseOfEachOfItsDecisions() {
        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of()),
                List.of(conferred(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND")));
        Warning own = new Warning("SUBJECT_TYPE_INFERRED", "vi", "en");
        Evaluation evaluation = new Evaluation(1, null, null, null, List.of(decision(AwardCode.LAO_DONG_TIEN_TIEN, own),
                decision(CHIEN_SI_THI_DUA_CO_SO)), List.of(), List.of());

        Evaluation annotated = completed.annotate(evaluation);

        assertThat(annotated.decisions().get(0).warnings()).extracting(Warning::code)
                .containsExactly("SUBJECT_TYPE_INFERRED", "REGISTER_TITLE_ADDED");
        assertThat(annotated.decisions().get(1).warnings()).extracting(Warning::code).containsExactly("REGISTER_TITLE_ADDED");
        assertThat(annotated.warnings()).isEmpty();
    }

    @Test
    void putsWarningsOfSubjectWithoutDecisionsAmongRunsWarnings() {
        CompletedRequest completed = HistoryCompletion.complete(person(List.of(), List.of()),
                List.of(conferred(CHIEN_SI_THI_DUA_CO_SO, 2024, "12/QĐ-UBND")));

        Evaluation annotated = completed.annotate(new Evaluation(1, null, null, null, List.of(), List.of(), List.of()));

        assertThat(annotated.warnings()).extracting(Warning::code).containsExactly("REGISTER_TITLE_ADDED");
    }

    @Test
    void returnsSameEvaluationWhenRegisterRaisedNothing() {
        Evaluation evaluation = new Evaluation(1, null, null, null, List.of(decision(CHIEN_SI_THI_DUA_CO_SO)), List.of(), List.of());

        assertThat(CompletedRequest.unchanged(person(List.of(), List.of())).annotate(evaluation)).isSameAs(evaluation);
    }

    private static EligibilityDecision decision(AwardCode award, Warning... warnings) {
        return new EligibilityDecision(Histories.PERSON, SubjectKind.INDIVIDUAL, award, Outcome.ELIGIBLE, false, List.of(), List.of(),
                List.of(warnings), null);
    }

    private static Individual one(CompletedRequest completed) {
        return completed.request().individuals().get(0);
    }

    private static List<Warning> warnings(CompletedRequest completed) {
        return completed.warnings().getOrDefault(new CompletedRequest.Subject(SubjectKind.INDIVIDUAL, Histories.PERSON), List.of());
    }
}

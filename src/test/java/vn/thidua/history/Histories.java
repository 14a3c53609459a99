package vn.thidua.history;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Commendation;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.Title;
import vn.thidua.dossier.Unit;

/** Requests of one person and register entries for the merge tests. */
final class Histories {

    static final String PERSON = "CN-H1";
    static final String AUTHORITY = "Chủ tịch UBND xã Đạ Tông";

    private static long ids = 1;

    private Histories() {
    }

    /** A request for 2026 of one person with these titles and commendations. */
    static EvaluationRequest person(List<Title> titles, List<Commendation> commendations) {
        Individual p = new Individual(PERSON, "Nguyễn Văn Hòa", "XA", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, titles, commendations, null);
        return new EvaluationRequest(1, new Period(2026, null, null), List.of(new Unit("XA", "Xã Đạ Tông", null, null, null, null)),
                List.of(p), List.of(), List.of(), List.of());
    }

    static Title title(AwardCode code, int year, String ref) {
        return new Title(code, year, ref, List.of());
    }

    /** A conferred award of the person, from a decision of this application, dated 20 January of the next year. */
    static RegisteredAward conferred(AwardCode award, int year, String number) {
        return new RegisteredAward(ids++, PERSON, SubjectKind.INDIVIDUAL, award, year, number, LocalDate.of(year + 1, 1, 20), AUTHORITY,
                RegisteredAward.Source.DECISION, null);
    }

    static RegisteredAward imported(AwardCode award, int year, String number) {
        RegisteredAward e = conferred(award, year, number);
        return new RegisteredAward(e.entryId(), e.subjectId(), e.subjectKind(), award, year, number, e.decisionDate(), AUTHORITY,
                RegisteredAward.Source.IMPORTED, null);
    }

    static RegisteredAward revoked(RegisteredAward e, String number) {
        return new RegisteredAward(e.entryId(), e.subjectId(), e.subjectKind(), e.award(), e.year(), e.decisionNumber(),
                e.decisionDate(), e.authority(), e.source(),
                new RegisteredAward.Revocation(number, LocalDate.of(2026, 3, 2), "Khai man thành tích"));
    }
}

package vn.thidua.scheduling.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.thidua.dossier.AwardCode;

/** Small planning facts for constraint tests: a council of units A, B and C, sessions in January 2026. */
final class PlanningFacts {

    static final Member CHAIR_A = new Member("M1", "A", null);
    static final Member MEMBER_A = new Member("M2", "A", null);
    static final Member MEMBER_B = new Member("M3", "B", "CN-B1");
    static final Member MEMBER_C = new Member("M4", "C", null);
    static final List<Member> EVERYONE = List.of(CHAIR_A, MEMBER_A, MEMBER_B, MEMBER_C);

    private PlanningFacts() {
    }

    static Session session(String id, int day, int minutes) {
        return session(id, day, minutes, EVERYONE);
    }

    static Session session(String id, int day, int minutes, List<Member> available) {
        return new Session(id, LocalDateTime.of(2026, 1, day, 8, 0), minutes, available);
    }

    static Dossier dossier(String id, String unit, int minutes, int deadlineDay) {
        return dossier(id, "CN-" + id, unit, AwardCode.LAO_DONG_TIEN_TIEN, minutes, deadlineDay);
    }

    static Dossier dossier(String id, AwardCode award, int deadlineDay) {
        return dossier(id, "CN-" + id, "X", award, 10, deadlineDay);
    }

    static Dossier dossier(String id, String subjectId, String unit, AwardCode award, int minutes, int deadlineDay) {
        return new Dossier(id, subjectId, unit, award, minutes, LocalDate.of(2026, 1, deadlineDay));
    }

    /** Sessions from 5 to 20 January. */
    static Horizon january() {
        return new Horizon(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20));
    }
}

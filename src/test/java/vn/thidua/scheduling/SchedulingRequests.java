package vn.thidua.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.thidua.dossier.AwardCode;

/** Small scheduling requests built in code: a council of four from units A, B and C, two sessions. */
final class SchedulingRequests {

    private SchedulingRequests() {
    }

    /**
     * Quorum 75% of 4 = 3. S1 on 5 January, 60 minutes, everyone; S2 on 12 January, 30 minutes,
     * without M4. D1 (unit A, 40 min, due 20 Jan), D2 (unit C, 30 min, due 10 Jan), D3 (CN-B1's own,
     * unit D, 20 min, due 20 Jan), D4 (unit A, due 1 January).
     */
    static SchedulingRequest smallCouncil() {
        List<CouncilMember> members = List.of(
                new CouncilMember("M1", "Chủ tịch", "A", MemberRole.CHAIR, null),
                new CouncilMember("M2", "Thư ký", "A", MemberRole.SECRETARY, null),
                new CouncilMember("M3", "Ủy viên", "B", MemberRole.MEMBER, "CN-B1"),
                new CouncilMember("M4", "Ủy viên", "C", MemberRole.MEMBER, null));
        List<ReviewSession> sessions = List.of(
                new ReviewSession("S1", LocalDateTime.of(2026, 1, 5, 8, 0), 60, "P1", List.of("M1", "M2", "M3", "M4")),
                new ReviewSession("S2", LocalDateTime.of(2026, 1, 12, 8, 0), 30, "P1", List.of("M1", "M2", "M3")));
        List<ReviewDossier> dossiers = List.of(
                dossier("D1", "CN-A1", "A", 40, 20),
                dossier("D2", "CN-C1", "C", 30, 10),
                dossier("D3", "CN-B1", "D", 20, 20),
                dossier("D4", "CN-A2", "A", 10, 1));
        return new SchedulingRequest(1, new Council(75), members, sessions, dossiers);
    }

    private static ReviewDossier dossier(String id, String subject, String unit, int minutes, int deadlineDay) {
        return new ReviewDossier(id, subject, unit, AwardCode.LAO_DONG_TIEN_TIEN, minutes, LocalDate.of(2026, 1, deadlineDay));
    }
}

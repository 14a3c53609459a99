package vn.thidua.council;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.Text;

/** Council sessions for tests: the commune council of Đạ R'sal, nine members, one absent in writing and one absent. */
public final class Sessions {

    private Sessions() {
    }

    /** The nine members, M1 chairing and M9 taking the minutes, as the session JSON lists them. */
    public static List<SessionInput.Member> members() {
        return List.of(
                new SessionInput.Member("M1", "Nguyễn Văn Bình", "Chủ tịch UBND xã, Chủ tịch Hội đồng", "XA-DARSAL", null, "PRESENT"),
                new SessionInput.Member("M2", "Trần Thị Hoa", "Phó Chủ tịch UBND xã, Phó Chủ tịch Hội đồng", "XA-DARSAL", null, "PRESENT"),
                new SessionInput.Member("M3", "K'Brơi", "Chủ tịch Ủy ban MTTQ xã", "MTTQ-DARSAL", null, "PRESENT"),
                new SessionInput.Member("M4", "Lê Văn Tâm", "Hiệu trưởng Trường Tiểu học", "TH-DARSAL", null, "PRESENT"),
                new SessionInput.Member("M5", "Ka Huệ", "Chủ tịch Hội Liên hiệp Phụ nữ xã", "HLHPN-DARSAL", null, "ABSENT_WRITTEN"),
                new SessionInput.Member("M6", "Phạm Quốc Việt", "Bí thư Đoàn xã", "DOAN-DARSAL", null, "PRESENT"),
                new SessionInput.Member("M7", "Đoàn Văn Lực", "Chủ tịch Hội Nông dân xã", "HND-DARSAL", null, "ABSENT"),
                new SessionInput.Member("M8", "Hoàng Thị Mai", "Trưởng Trạm Y tế xã", "TYT-DARSAL", null, "PRESENT"),
                new SessionInput.Member("M9", "Võ Thị Thu", "Công chức Văn hóa - Xã hội, Thư ký Hội đồng", "VHXH-DARSAL", null, "PRESENT"));
    }

    /** A session of the commune council on 15/01/2026 with these ballots. */
    public static SessionInput commune(List<SessionInput.Ballot> ballots) {
        return new SessionInput(null, null, null, "2026-01-15", "08:00", "Hội trường UBND xã Đạ R'sal",
                "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal", "M1", "M9", null, members(), ballots);
    }

    /** A recorded session, as read back, with two results: one approved with a recusal, one not approved. */
    static CouncilSession recorded() {
        List<CouncilSession.Member> members = members().stream().map(m -> new CouncilSession.Member(m.id(), m.name(), m.position(),
                m.unit(), m.personId(), Attendance.valueOf(m.attendance()))).toList();
        Citation d2 = new Citation("Nghị định 152/2025/NĐ-CP (tỷ lệ phiếu chưa xác minh)", null, "PENDING");
        CouncilResult approved = new CouncilResult("CN-0004", SubjectKind.INDIVIDUAL, "Lê Thị Ngọc Ánh", "TH-DARSAL",
                AwardCode.CHIEN_SI_THI_DUA_CO_SO, CouncilOutcome.APPROVED, 8, 0, 0, new BigDecimal("88.889"), new BigDecimal("80"),
                VoteRule.Comparison.AT_LEAST, VoteRule.Denominator.TOTAL_MEMBERS, 9, 9, 7, 1, 1, List.of("M4"), true,
                new CouncilResult.Quorum(BigDecimal.ZERO, 0, 7, true), LocalDate.of(2026, 1, 15), "sha256:test", d2,
                new Text("Được thông qua", "Approved"), List.of());
        CouncilResult refused = new CouncilResult("CN-0007", SubjectKind.INDIVIDUAL, "Y Điêng", "XA-DARSAL",
                AwardCode.LAO_DONG_TIEN_TIEN, CouncilOutcome.NOT_APPROVED, 4, 3, 1, new BigDecimal("44.444"), new BigDecimal("50"),
                VoteRule.Comparison.MORE_THAN, VoteRule.Denominator.TOTAL_MEMBERS, 9, 9, 7, 1, 1, List.of(), true,
                new CouncilResult.Quorum(BigDecimal.ZERO, 0, 7, true), LocalDate.of(2026, 1, 15), "sha256:test",
                new Citation("Policy default: biểu quyết theo đa số", null, "PENDING"), new Text("Không được thông qua", "Not approved"),
                List.of());
        return new CouncilSession(12, 3, null, null, null, null, LocalDate.of(2026, 1, 15), "08:00", "Hội trường UBND xã Đạ R'sal",
                "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal", 9, "M1", "M9", null, "secretariat", Instant.parse("2026-01-15T04:00:00Z"),
                members, List.of(approved, refused), List.of());
    }
}

package vn.thidua.eligibility;

import static vn.thidua.dossier.AwardCode.CHIEN_SI_THI_DUA_CO_SO;
import static vn.thidua.dossier.AwardCode.LAO_DONG_TIEN_TIEN;
import static vn.thidua.eligibility.CriterionStatus.MET;
import static vn.thidua.eligibility.CriterionStatus.NOT_EVALUATED;
import static vn.thidua.eligibility.CriterionStatus.NOT_MET;
import static vn.thidua.eligibility.Outcome.DEFERRED;
import static vn.thidua.eligibility.Outcome.ELIGIBLE;
import static vn.thidua.eligibility.Outcome.INCOMPLETE;
import static vn.thidua.eligibility.Outcome.NOT_ELIGIBLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.AwardCode;

/**
 * The outcomes of data/sample-commune.json, checked by hand against the rules once and written down
 * in data/README.md: one row per individual in input order, LĐTT then CSTĐCS (null: not proposed).
 */
public final class SampleCommuneOutcomes {

    /** The awards this table covers; decisions of other awards are not part of it. */
    public static final Set<AwardCode> AWARDS = Set.of(LAO_DONG_TIEN_TIEN, CHIEN_SI_THI_DUA_CO_SO);

    public static final Set<String> SUBJECT_TYPE_INFERRED = Set.of("CN-0022", "CN-0023");

    /** The person on maternity leave whose unit marked her NOT_RATED (docs/law.md §11 TC-05, negative control). */
    public static final String MATERNITY_NOT_RATED = "CN-0014";

    /** One expected decision. */
    public record Expected(String subjectId, AwardCode award, Outcome outcome) {
    }

    /** One criterion result worth checking, with a fact it must show (null: none checked). */
    public record ExpectedCriterion(String subjectId, AwardCode award, String criterion, CriterionStatus result,
            String fact, Object value) {
    }

    private static final List<Row> TABLE = List.of(
            row("CN-0001", ELIGIBLE, NOT_ELIGIBLE),       // TC-01 HTTNV, no initiative
            row("CN-0002", ELIGIBLE, ELIGIBLE),           // TC-02 HTTNV + initiative
            row("CN-0003", ELIGIBLE, ELIGIBLE),           // TC-03 HTXSNV, no initiative
            row("CN-0004", NOT_ELIGIBLE, NOT_ELIGIBLE),   // TC-04a recruited 2025-07-15, NOT_RATED
            row("CN-0005", ELIGIBLE, NOT_ELIGIBLE),       // TC-04b recruited 2025-07-01
            row("CN-0006", ELIGIBLE, NOT_ELIGIBLE),       // TC-05 maternity leave
            row("CN-0007", ELIGIBLE, NOT_ELIGIBLE),       // TC-06 45 days sick; science work not accepted
            row("CN-0008", NOT_ELIGIBLE, NOT_ELIGIBLE),   // TC-07 70 days sick, HTNV
            row("CN-0009", ELIGIBLE, NOT_ELIGIBLE),       // TC-14a 4 months at the old unit
            row("CN-0010", ELIGIBLE, NOT_ELIGIBLE),       // TC-14b 7 months, comment received
            row("CN-0011", INCOMPLETE, INCOMPLETE),       // TC-14b 7 months, no comment; HTXSNV
            row("CN-0012", DEFERRED, DEFERRED),           // TC-16 complaint under verification
            row("CN-0013", INCOMPLETE, INCOMPLETE),       // no 2025 rating
            row("CN-0014", NOT_ELIGIBLE, NOT_ELIGIBLE),   // maternity leave marked NOT_RATED
            row("CN-0015", INCOMPLETE, NOT_ELIGIBLE),     // no attestation; HTTNV without initiative
            row("CN-0016", ELIGIBLE, null),               // TC-17 K'Ho coffee farmer, branch B
            row("CN-0017", INCOMPLETE, null),             // Mạ farmer, one attestation missing
            row("CN-0018", ELIGIBLE, ELIGIBLE),           // K'Ho farmer with a grafting initiative
            row("CN-0019", ELIGIBLE, ELIGIBLE),           // accepted science work
            row("CN-0020", null, ELIGIBLE),               // only CSTĐCS proposed, HTXSNV
            row("CN-0021", null, NOT_ELIGIBLE),           // only CSTĐCS proposed, HTNV + initiative
            row("CN-0022", ELIGIBLE, null),               // no subjectType, WORKER: branch B inferred
            row("CN-0023", ELIGIBLE, NOT_ELIGIBLE),       // no subjectType, TEACHER: branch A inferred
            row("CN-0024", ELIGIBLE, ELIGIBLE),           // branch B worker, employer rating HTXSNV
            row("CN-0025", ELIGIBLE, NOT_ELIGIBLE),       // initiative of 2024 recognised in 2025
            row("CN-0026", ELIGIBLE, ELIGIBLE),           // leader, provincial-scope initiative
            row("CN-0027", NOT_ELIGIBLE, NOT_ELIGIBLE),   // TC-08 reprimand, HTNV
            row("CN-0028", ELIGIBLE, NOT_ELIGIBLE),       // TC-15a eight months of training
            row("CN-0029", ELIGIBLE, NOT_ELIGIBLE),       // injury in duty (forest fire)
            row("CN-0030", ELIGIBLE, ELIGIBLE),           // proceeding closed on the decision date
            row("CN-0031", ELIGIBLE, NOT_ELIGIBLE));      // two transfers, under six months each

    private SampleCommuneOutcomes() {
    }

    /** The expected decisions of the covered awards, in the order of docs/request-and-result.md §2. */
    public static List<Expected> decisions() {
        List<Expected> expected = new ArrayList<>();
        for (Row row : TABLE) {
            if (row.advancedWorker() != null) {
                expected.add(new Expected(row.subjectId(), LAO_DONG_TIEN_TIEN, row.advancedWorker()));
            }
            if (row.grassrootsFighter() != null) {
                expected.add(new Expected(row.subjectId(), CHIEN_SI_THI_DUA_CO_SO, row.grassrootsFighter()));
            }
        }
        return expected;
    }

    /** Subject ids in input order. */
    public static List<String> subjects() {
        return TABLE.stream().map(Row::subjectId).toList();
    }

    public static List<ExpectedCriterion> criteria() {
        return List.of(
                criterion("CN-0001", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2", NOT_MET, "rating", "HTTNV"),
                criterion("CN-0002", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2", MET, "initiatives", List.of("SK-TH-2025-01")),
                criterion("CN-0003", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2", MET, "rating", "HTXSNV"),
                criterion("CN-0004", LAO_DONG_TIEN_TIEN, "LDTT-S1", NOT_MET, "recruitmentDate", "2025-07-15"),
                criterion("CN-0004", LAO_DONG_TIEN_TIEN, "LDTT-A1", NOT_MET, "rating", "NOT_RATED"),
                criterion("CN-0005", LAO_DONG_TIEN_TIEN, "LDTT-S1", MET, "recruitmentDate", "2025-07-01"),
                criterion("CN-0006", LAO_DONG_TIEN_TIEN, "LDTT-A1", MET, "rating", "HTTNV"),
                criterion("CN-0008", LAO_DONG_TIEN_TIEN, "LDTT-A1", NOT_MET, "rating", "HTNV"),
                criterion("CN-0009", LAO_DONG_TIEN_TIEN, "LDTT-S6", MET, null, null),
                criterion("CN-0010", LAO_DONG_TIEN_TIEN, "LDTT-S6", MET, null, null),
                criterion("CN-0011", LAO_DONG_TIEN_TIEN, "LDTT-S6", NOT_EVALUATED, "previousUnits", List.of("THCS-ROMEN")),
                criterion("CN-0011", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C1", NOT_EVALUATED, "advancedWorker", "INCOMPLETE"),
                criterion("CN-0012", LAO_DONG_TIEN_TIEN, "X-1", NOT_MET, "proceedings", List.of("COMPLAINT_UNDER_VERIFICATION")),
                criterion("CN-0012", CHIEN_SI_THI_DUA_CO_SO, "X-1", NOT_MET, null, null),
                criterion("CN-0013", LAO_DONG_TIEN_TIEN, "LDTT-A1", NOT_EVALUATED, null, null),
                criterion("CN-0014", LAO_DONG_TIEN_TIEN, "LDTT-A1", NOT_MET, "rating", "NOT_RATED"),
                criterion("CN-0015", LAO_DONG_TIEN_TIEN, "LDTT-A2", NOT_EVALUATED, null, null),
                criterion("CN-0016", LAO_DONG_TIEN_TIEN, "LDTT-B1", MET, "minutesRef", "BB-THON-2025/11"),
                criterion("CN-0016", LAO_DONG_TIEN_TIEN, "LDTT-B2", MET, null, null),
                criterion("CN-0017", LAO_DONG_TIEN_TIEN, "LDTT-B2", NOT_EVALUATED, null, null),
                criterion("CN-0018", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2", MET, "initiatives", List.of("SK-HTX-2025-01")),
                criterion("CN-0019", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2", MET, "scienceWorks", List.of("DT-TYT-2025-01")),
                criterion("CN-0021", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C1", NOT_MET, "advancedWorker", "NOT_ELIGIBLE"),
                criterion("CN-0025", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2", NOT_MET, "initiatives", List.of()),
                criterion("CN-0026", CHIEN_SI_THI_DUA_CO_SO, "CSCS-C2", MET, "initiatives", List.of("SK-TINH-2025-07")),
                criterion("CN-0030", LAO_DONG_TIEN_TIEN, "X-1", MET, null, null),
                criterion("CN-0031", LAO_DONG_TIEN_TIEN, "LDTT-S6", MET, null, null));
    }

    /** Criteria whose citation must say that legal review is pending (branch B of LĐTT). */
    public static Map<String, String> pendingLegalReview() {
        return Map.of("LDTT-B1", "PENDING", "LDTT-B2", "PENDING");
    }

    private record Row(String subjectId, Outcome advancedWorker, Outcome grassrootsFighter) {
    }

    private static Row row(String subjectId, Outcome advancedWorker, Outcome grassrootsFighter) {
        return new Row(subjectId, advancedWorker, grassrootsFighter);
    }

    private static ExpectedCriterion criterion(String subjectId, AwardCode award, String id, CriterionStatus result,
            String fact, Object value) {
        return new ExpectedCriterion(subjectId, award, id, result, fact, value);
    }
}

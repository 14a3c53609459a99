package vn.thidua.web.policy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The boundary scenarios proposed for a changed share of a collective's members ("trên X%" or "từ X%
 * trở lên"): a collective just below, at and just above the new share, in whole members. The number of
 * members is chosen so that the share falls on a whole count (ten when it can, otherwise the
 * smallest that does), and the expected result follows the comparison the rules make in integer
 * arithmetic: {@code count * 100 > X * n} for "strictly more", {@code count * 100 >= X * n} otherwise.
 */
final class BoundaryProposal {

    /** Where a case lies against the new value. */
    enum Position {
        BELOW, AT, ABOVE
    }

    /**
     * One proposed case.
     *
     * @param members the collective's members counted
     * @param holders the members holding the counted award
     * @param met whether the criterion is met, as the rules compare
     */
    record ShareCase(Position position, int members, int holders, boolean met) {
    }

    private BoundaryProposal() {
    }

    /** The cases below, at and above {@code percent} (0 to 100); a case that cannot exist (below 0 or above all) is left out. */
    static List<ShareCase> share(int percent, boolean strictlyMore) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a share is 0 to 100, not " + percent);
        }
        int members = percent * 10 % 100 == 0 ? 10 : 100 / BigInteger.valueOf(percent).gcd(BigInteger.valueOf(100)).intValue();
        int at = percent * members / 100;
        List<ShareCase> cases = new ArrayList<>();
        for (Position position : Position.values()) {
            int holders = at + position.ordinal() - 1;
            if (holders < 0 || holders > members) {
                continue;
            }
            boolean met = strictlyMore ? holders * 100 > percent * members : holders * 100 >= percent * members;
            cases.add(new ShareCase(position, members, holders, met));
        }
        return cases;
    }

    /**
     * A share case as a scenario of the award's {@code .tests.yaml} format (a list item written at
     * indentation 0): a collective of {@code unit} rated HTTNV, with its emulation movement and internal
     * unity attested and its members given as a summary (so the share is the only criterion in question: the
     * criterion is expected met exactly when the award is expected), in the year of {@code since}, so that the cut-off
     * (31 December) and the decision date (20 January of the next year) both fall on or after the change.
     */
    static String scenario(ShareCase c, String name, String award, String criterion, String unit, LocalDate since,
            boolean eligible, int index) {
        int year = since.getYear();
        String id = "BIEN-" + since.getYear() + "-" + index;
        String minutes = "BB-BIEN-" + year;
        return String.join("\n",
                "- name: " + ParamsYamlText.quote(name),
                "  period: { year: " + year + ", cutoffDate: " + year + "-12-31, decisionDate: " + (year + 1) + "-01-20 }",
                "  collectives:",
                "    - id: " + id,
                "      name: " + ParamsYamlText.quote("Tập thể " + c.members() + " thành viên"),
                "      unit: " + unit,
                "      ratings: [ { year: " + year + ", level: HTTNV } ]",
                "      attestations:",
                "        - { year: " + year + ", kind: EMULATION_MOVEMENT, minutesRef: " + minutes + " }",
                "        - { year: " + year + ", kind: INTERNAL_UNITY, minutesRef: " + minutes + " }",
                "      memberSummary: { count: " + c.members() + ", advancedWorkers: " + c.holders()
                        + ", disciplinedWarningOrAbove: 0 }",
                "      proposedAwards: [ " + award + " ]",
                "  expect:",
                "    - { subject: " + id + ", award: " + award + ", outcome: " + (eligible ? "ELIGIBLE" : "NOT_ELIGIBLE")
                        + ", criteria: { " + criterion + ": " + (eligible ? "MET" : "NOT_MET") + " } }");
    }
}

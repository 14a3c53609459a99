package vn.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Counts of awards and eligible decisions, in total and per focus group, of a year, unit or award. */
final class Tally {

    private static final FocusGroup[] GROUPS = FocusGroup.values();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private long awarded;
    private long unknown;
    private long eligible;
    private final long[] awardedBy = new long[GROUPS.length];
    private final long[] eligibleBy = new long[GROUPS.length];

    void eligible(RunSubjects.Profile profile) {
        eligible++;
        for (FocusGroup group : GROUPS) {
            if (profile.in(group)) {
                eligibleBy[group.ordinal()]++;
            }
        }
    }

    /** One award; {@code profile} null when no run of the year describes its subject. */
    void awarded(RunSubjects.Profile profile) {
        awarded++;
        if (profile == null) {
            unknown++;
            return;
        }
        for (FocusGroup group : GROUPS) {
            if (profile.in(group)) {
                awardedBy[group.ordinal()]++;
            }
        }
    }

    void add(Tally other) {
        awarded += other.awarded;
        unknown += other.unknown;
        eligible += other.eligible;
        for (int i = 0; i < GROUPS.length; i++) {
            awardedBy[i] += other.awardedBy[i];
            eligibleBy[i] += other.eligibleBy[i];
        }
    }

    long awarded() {
        return awarded;
    }

    /**
     * The figures, each share of the awards whose subject is known (an imported award of a subject no
     * run describes has no groups) and of the eligible; {@code before} the figures of the year before (for
     * the change of share, null for none) and {@code targets} those in force for {@code year} (null: no
     * target, as over a range).
     */
    FocusReport.Figures figures(FocusReport.Figures before, ReportTargets targets, Integer year) {
        List<FocusReport.GroupFigures> groups = new ArrayList<>(GROUPS.length);
        for (FocusGroup group : GROUPS) {
            BigDecimal awardedShare = share(awardedBy[group.ordinal()], awarded - unknown);
            BigDecimal change = null;
            if (before != null && awardedShare != null) {
                BigDecimal earlier = before.groups().get(group.ordinal()).awardedShare();
                change = earlier == null ? null : awardedShare.subtract(earlier);
            }
            ReportTargets.Target target = targets == null || year == null ? null : targets.of(group, year).orElse(null);
            Boolean met = target == null || awardedShare == null ? null : awardedShare.compareTo(target.percent()) >= 0;
            groups.add(new FocusReport.GroupFigures(group, awardedBy[group.ordinal()], eligibleBy[group.ordinal()], awardedShare,
                    share(eligibleBy[group.ordinal()], eligible), change, target, met));
        }
        return new FocusReport.Figures(awarded, unknown, eligible, List.copyOf(groups));
    }

    private static BigDecimal share(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

package vn.thidua.eligibility.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Initiative;
import vn.thidua.dossier.LeaveType;
import vn.thidua.dossier.Rating;
import vn.thidua.dossier.Scope;
import vn.thidua.dossier.ScienceWork;
import vn.thidua.dossier.SubjectType;
import vn.thidua.dossier.Transfer;

/**
 * An individual as the rules see them in the evaluated year: the evidence of that year, read
 * according to the readings of docs/request-and-result.md §6, so no rule re-derives dates or years.
 */
public final class Person {

    private final Individual individual;
    private final String branch;
    private final int year;
    private final LocalDate cutoffDate;
    private final String rating;

    /**
     * @param branch the criteria branch of Điều 24, or null when the request gives no subject type
     *     and the occupation may not be read as one (docs/request-and-result.md §6.1.5)
     */
    public Person(Individual individual, SubjectType branch, int year, LocalDate cutoffDate) {
        this.individual = individual;
        this.branch = branch == null ? null : branch.name();
        this.year = year;
        this.cutoffDate = cutoffDate;
        this.rating = ratingOf(year);
    }

    public String getId() {
        return individual.id();
    }

    public String getUnit() {
        return individual.unit();
    }

    /** CBCCVC_NLD or CONG_NHAN_NONG_DAN_NLD_KHAC: the criteria branch; null when it is not known. */
    public String getBranch() {
        return branch;
    }

    /** The occupation code of the request (STUDENT, TEACHER …), or null when none is recorded. */
    public String getOccupation() {
        return individual.occupation() == null ? null : individual.occupation().name();
    }

    public int getYear() {
        return year;
    }

    public LocalDate getCutoffDate() {
        return cutoffDate;
    }

    public boolean isLeader() {
        return Boolean.TRUE.equals(individual.leader());
    }

    /** The rating level of the evaluated year (HTXSNV … NOT_RATED), or null when no rating is recorded. */
    public String getRating() {
        return rating;
    }

    /**
     * The scheme of the evaluated year's rating (ND90_2020, ND335_2025, EMPLOYER, NONE), or null when
     * no rating or no scheme is recorded.
     */
    public String getRatingScheme() {
        for (Rating r : individual.ratings()) {
            if (r.year() == year) {
                return r.scheme() == null ? null : r.scheme().name();
            }
        }
        return null;
    }

    /** The rating level of another year, or null. */
    public String ratingOf(int ratingYear) {
        return Evidence.ratingOf(individual.ratings(), ratingYear);
    }

    /** "Hoàn thành tốt nhiệm vụ trở lên" in the evaluated year. */
    public boolean isRatedGoodOrAbove() {
        return "HTXSNV".equals(rating) || "HTTNV".equals(rating);
    }

    /** Rated {@code level} or above in the evaluated year (HTXSNV > HTTNV > HTNV > KHTNV > NOT_RATED). */
    public boolean ratedAtLeast(String level) {
        return Evidence.atLeast(rating, level);
    }

    public boolean isRatedExcellent() {
        return "HTXSNV".equals(rating);
    }

    /** An attestation of this kind for the evaluated year exists. */
    public boolean hasAttestation(String kind) {
        return attestationRef(kind) != null;
    }

    /** The minutes reference of this year's attestation of a kind ("" when it has none), or null when absent. */
    public String attestationRef(String kind) {
        return Evidence.attestationRef(individual.attestations(), year, kind);
    }

    public LocalDate getRecruitmentDate() {
        return individual.recruitmentDate();
    }

    /**
     * Served at least {@code months} at the cut-off: recruited on D, served six months at C when
     * D + 6 months &lt;= C + 1 day (docs/request-and-result.md §5). True when no recruitment date is recorded.
     */
    public boolean servedMonths(int months) {
        LocalDate recruited = individual.recruitmentDate();
        return recruited == null || !recruited.plusMonths(months).isAfter(cutoffDate.plusDays(1));
    }

    /**
     * Transfers by the cut-off date after {@code months} or more at the previous unit within the
     * evaluated year, each as {fromUnit, from, date, commentRef}. Time at the previous unit runs from
     * the latest of 1 January, the recruitment date (nobody is at a unit before they were recruited)
     * and the person's previous transfer into it, to the transfer date or the end of the year,
     * whichever is first: a move in January before a later cut-off still ends a year spent at the
     * previous unit (docs/request-and-result.md §6.1.7).
     */
    public List<Map<String, Object>> transfersNeedingComment(int months) {
        List<Map<String, Object>> needing = new ArrayList<>();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate nextYear = yearStart.plusYears(1);
        for (Transfer transfer : individual.transfers()) {
            if (transfer.date().isBefore(yearStart) || transfer.date().isAfter(cutoffDate)) {
                continue;
            }
            LocalDate from = yearStart;
            LocalDate recruited = individual.recruitmentDate();
            if (recruited != null && recruited.isAfter(from)) {
                from = recruited;
            }
            for (Transfer earlier : individual.transfers()) {
                if (earlier.toUnit().equals(transfer.fromUnit()) && earlier.date().isBefore(transfer.date())
                        && earlier.date().isAfter(from)) {
                    from = earlier.date();
                }
            }
            LocalDate until = transfer.date().isAfter(nextYear) ? nextYear : transfer.date();
            if (!from.plusMonths(months).isAfter(until)) {
                needing.add(Facts.of("fromUnit", transfer.fromUnit(), "from", from, "date", transfer.date(),
                        "commentRef", transfer.previousUnitCommentRef()));
            }
        }
        return needing;
    }

    /** Some transfer after {@code months} at the previous unit has no written comment from that unit. */
    public boolean transferCommentMissing(int months) {
        return transfersNeedingComment(months).stream().anyMatch(t -> t.get("commentRef") == null);
    }

    /** The previous units whose written comment is missing for a transfer after {@code months} or more there. */
    public List<String> unitsMissingComment(int months) {
        return transfersNeedingComment(months).stream().filter(t -> t.get("commentRef") == null)
                .map(t -> (String) t.get("fromUnit")).distinct().toList();
    }

    /**
     * Ids of initiatives of the evaluated year recognised at {@code scope} or higher, counting only
     * those whose recognition (who and when) is recorded (docs/request-and-result.md §6.1.4).
     */
    public List<String> initiativesAtLeast(String scope) {
        return initiativesAtLeast(scope, year, false);
    }

    /** Ids of recognised initiatives of a year at {@code scope} or higher; only applied ones when asked. */
    public List<String> initiativesAtLeast(String scope, int initiativeYear, boolean appliedOnly) {
        return initiatives(scope, initiativeYear, appliedOnly, true);
    }

    /**
     * Ids of initiatives of the evaluated year at {@code scope} or higher whose recognition is not
     * recorded: they would count once the recognition decision is added.
     */
    public List<String> unrecognizedInitiativesAtLeast(String scope) {
        return initiatives(scope, year, false, false);
    }

    private List<String> initiatives(String scope, int initiativeYear, boolean appliedOnly, boolean recognized) {
        Scope required = Scope.valueOf(scope);
        List<String> ids = new ArrayList<>();
        for (Initiative i : individual.initiatives()) {
            if (i.year() == initiativeYear && i.scope().covers(required) && (!appliedOnly || i.isApplied())
                    && i.isRecognized() == recognized) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    /** Ids of science works of the evaluated year accepted (nghiệm thu) at {@code scope} or higher. */
    public List<String> acceptedScienceWorks(String scope) {
        return acceptedScienceWorks(scope, year, false);
    }

    /** Ids of accepted science works of a year at {@code scope} or higher; only applied ones when asked. */
    public List<String> acceptedScienceWorks(String scope, int workYear, boolean appliedOnly) {
        Scope required = Scope.valueOf(scope);
        List<String> ids = new ArrayList<>();
        for (ScienceWork w : individual.scienceWorks()) {
            if (w.year() == workYear && w.isAccepted() && w.scope().covers(required) && (!appliedOnly || w.isApplied())) {
                ids.add(w.id());
            }
        }
        return ids;
    }

    /** Consecutive years ending in the year before the evaluated one with a recorded title of {@code award}. */
    public int titleYearsInARowBefore(String award) {
        int count = 0;
        while (hasTitle(award, year - 1 - count)) {
            count++;
        }
        return count;
    }

    /** The most recent year before the evaluated one without a recorded title of {@code award}. */
    public int firstGapBefore(String award) {
        return year - 1 - titleYearsInARowBefore(award);
    }

    /** Consecutive years ending in the evaluated year rated HTXSNV. */
    public int getExcellentYearsInARow() {
        return Evidence.excellentYearsInARow(individual.ratings(), year);
    }

    /** Ids of applied initiatives at {@code scope} or higher in the last {@code years} years up to the evaluated one. */
    public List<String> appliedInitiativesInLastYears(String scope, int years) {
        List<String> ids = new ArrayList<>();
        for (int y = year - years + 1; y <= year; y++) {
            ids.addAll(initiativesAtLeast(scope, y, true));
        }
        return ids;
    }

    /**
     * Ids of applied initiatives at {@code scope} or higher in the last {@code years} years whose
     * recognition is not recorded: they would count once the recognition decision is added.
     */
    public List<String> unrecognizedAppliedInitiativesInLastYears(String scope, int years) {
        List<String> ids = new ArrayList<>();
        for (int y = year - years + 1; y <= year; y++) {
            ids.addAll(initiatives(scope, y, true, false));
        }
        return ids;
    }

    /** Ids of accepted and applied science works at {@code scope} or higher in the last {@code years} years. */
    public List<String> appliedScienceWorksInLastYears(String scope, int years) {
        List<String> ids = new ArrayList<>();
        for (int y = year - years + 1; y <= year; y++) {
            ids.addAll(acceptedScienceWorks(scope, y, true));
        }
        return ids;
    }

    /** Of {@code ids}, those already named as the basis of a recorded title or commendation. */
    public List<String> alreadyUsedAsBasis(List<String> ids) {
        List<String> used = new ArrayList<>();
        individual.titles().forEach(t -> used.addAll(t.basis()));
        individual.commendations().forEach(c -> used.addAll(c.basis()));
        return ids.stream().filter(used::contains).distinct().toList();
    }

    /** Maternity leave overlapping the evaluated year. */
    public boolean isMaternityLeave() {
        return individual.leaves().stream().anyMatch(l -> l.type() == LeaveType.THAI_SAN
                && l.from().getYear() <= year && l.to().getYear() >= year);
    }

    /**
     * Working days of absence in the evaluated year other than maternity, injury in duty and
     * training, which the law counts as working time.
     */
    public int absenceWorkingDays() {
        return individual.leaves().stream()
                .filter(l -> l.type() == LeaveType.OM || l.type() == LeaveType.VIEC_RIENG)
                .filter(l -> l.from().getYear() <= year && l.to().getYear() >= year)
                .mapToInt(l -> l.workingDays() == null ? 0 : l.workingDays()).sum();
    }

    /** Forms of the disciplines decided in the evaluated year; only duty-related ones when asked. */
    public List<String> disciplinesOfYear(boolean dutyRelatedOnly) {
        return individual.disciplines().stream()
                .filter(d -> d.decisionDate().getYear() == year)
                .filter(d -> !dutyRelatedOnly || Boolean.TRUE.equals(d.dutyRelated()))
                .map(d -> d.form().name()).toList();
    }

    /**
     * Kinds of the administrative sanctions of the evaluated year: a sanction belongs to the year of
     * its date (docs/request-and-result.md §6).
     */
    public List<String> adminSanctionsOfYear() {
        return individual.adminSanctions().stream()
                .filter(s -> s.date().getYear() == year)
                .map(s -> s.kind().name()).toList();
    }

    /** A title of {@code award} is recorded for {@code titleYear}. */
    public boolean hasTitle(String award, int titleYear) {
        return Evidence.hasTitle(individual.titles(), award, titleYear);
    }

    @Override
    public String toString() {
        return "Person " + getId() + " " + year;
    }
}

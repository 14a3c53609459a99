package vn.thidua.eligibility.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts over a collective's members for the evaluated year, from the members' own decisions in
 * the same run (or the dossier's memberSummary). "Undecided" members are those whose decision is
 * DEFERRED or INCOMPLETE; a count they could change is reported as undecided, never guessed, and
 * the undecided members are named so that the decision can list them under {@code missing}. A
 * summary that leaves a count out leaves it unknown: every member undecided for the titles and the
 * tasks, and the discipline count not known ({@link #isDisciplineKnown()}).
 */
public final class MemberCounts {

    /**
     * A listed member as the counts see them: the status of the year for the awards counted (HELD,
     * NOT_HELD or UNDECIDED), whether they completed their tasks (null without a rating of the year),
     * a discipline at cảnh cáo or above in the year, and the recruitment date (null when not recorded).
     */
    public record Member(String id, String advanced, String fighter, Boolean completed, boolean disciplinedWarning,
            boolean female, LocalDate recruitmentDate) {
    }

    private final int members;
    private final int advancedWorkers;
    private final int advancedUndecided;
    private final int emulationFighters;
    private final int fightersUndecided;
    private final int completedTasks;
    private final int tasksUnknown;
    private final int disciplinedWarningOrAbove;
    private final boolean disciplineKnown;
    private final int female;
    private final boolean fromSummary;
    private final List<String> advancedUndecidedIds;
    private final List<String> fightersUndecidedIds;
    private final List<String> tasksUnknownIds;
    private final List<Member> listed;
    private final LocalDate cutoffDate;
    private final List<String> leftOut;

    /** Counts from a member summary: no member is named, and a discipline count left out is unknown. */
    public MemberCounts(int members, int advancedWorkers, int advancedUndecided, int emulationFighters, int fightersUndecided,
            int completedTasks, int tasksUnknown, Integer disciplinedWarningOrAbove, int female) {
        this(members, advancedWorkers, emulationFighters, completedTasks,
                disciplinedWarningOrAbove == null ? 0 : disciplinedWarningOrAbove, disciplinedWarningOrAbove != null, female,
                true, advancedUndecided, fightersUndecided, tasksUnknown, List.of(), List.of(), List.of(), List.of(), null,
                List.of());
    }

    /** Counts over a member list, naming the members whose decision or rating is not settled. */
    public MemberCounts(int members, int advancedWorkers, List<String> advancedUndecidedIds, int emulationFighters,
            List<String> fightersUndecidedIds, int completedTasks, List<String> tasksUnknownIds, int disciplinedWarningOrAbove,
            int female) {
        this(members, advancedWorkers, emulationFighters, completedTasks, disciplinedWarningOrAbove, true, female, false,
                advancedUndecidedIds.size(), fightersUndecidedIds.size(), tasksUnknownIds.size(), advancedUndecidedIds,
                fightersUndecidedIds, tasksUnknownIds, List.of(), null, List.of());
    }

    /** Counts over the listed members, each as recorded; {@link #counting(int)} can leave recent recruits out. */
    public static MemberCounts of(List<Member> listed, LocalDate cutoffDate) {
        return of(listed, cutoffDate, List.of());
    }

    private static MemberCounts of(List<Member> listed, LocalDate cutoffDate, List<String> leftOut) {
        return new MemberCounts(listed.size(), count(listed, m -> "HELD".equals(m.advanced())),
                count(listed, m -> "HELD".equals(m.fighter())), count(listed, m -> Boolean.TRUE.equals(m.completed())),
                count(listed, Member::disciplinedWarning), true, count(listed, Member::female), false, 0, 0, 0,
                ids(listed, m -> "UNDECIDED".equals(m.advanced())), ids(listed, m -> "UNDECIDED".equals(m.fighter())),
                ids(listed, m -> m.completed() == null), listed, cutoffDate, leftOut);
    }

    private static int count(List<Member> listed, java.util.function.Predicate<Member> test) {
        return (int) listed.stream().filter(test).count();
    }

    private static List<String> ids(List<Member> listed, java.util.function.Predicate<Member> test) {
        return listed.stream().filter(test).map(Member::id).toList();
    }

    private MemberCounts(int members, int advancedWorkers, int emulationFighters, int completedTasks,
            int disciplinedWarningOrAbove, boolean disciplineKnown, int female, boolean fromSummary, int advancedUndecided,
            int fightersUndecided, int tasksUnknown, List<String> advancedUndecidedIds, List<String> fightersUndecidedIds,
            List<String> tasksUnknownIds, List<Member> listed, LocalDate cutoffDate, List<String> leftOut) {
        this.members = members;
        this.advancedWorkers = advancedWorkers;
        this.advancedUndecided = fromSummary ? advancedUndecided : advancedUndecidedIds.size();
        this.emulationFighters = emulationFighters;
        this.fightersUndecided = fromSummary ? fightersUndecided : fightersUndecidedIds.size();
        this.completedTasks = completedTasks;
        this.tasksUnknown = fromSummary ? tasksUnknown : tasksUnknownIds.size();
        this.disciplinedWarningOrAbove = disciplinedWarningOrAbove;
        this.disciplineKnown = disciplineKnown;
        this.female = female;
        this.fromSummary = fromSummary;
        this.advancedUndecidedIds = List.copyOf(advancedUndecidedIds);
        this.fightersUndecidedIds = List.copyOf(fightersUndecidedIds);
        this.tasksUnknownIds = List.copyOf(tasksUnknownIds);
        this.listed = List.copyOf(listed);
        this.cutoffDate = cutoffDate;
        this.leftOut = List.copyOf(leftOut);
    }

    /**
     * The counts over the listed members who had served at least {@code minMonths} at the cut-off date
     * (recruited on D: D + months &lt;= cut-off + 1 day, docs/request-and-result.md §5), naming in
     * {@link #getLeftOut()} the recruits left out. A member with no recruitment date recorded is
     * counted. {@code minMonths} 0 counts every member listed, and a member summary is taken as the
     * secretariat counted it: both are returned unchanged.
     */
    public MemberCounts counting(int minMonths) {
        if (fromSummary || minMonths <= 0 || cutoffDate == null) {
            return this;
        }
        LocalDate limit = cutoffDate.plusDays(1);
        List<Member> counted = listed.stream()
                .filter(m -> m.recruitmentDate() == null || !m.recruitmentDate().plusMonths(minMonths).isAfter(limit)).toList();
        if (counted.size() == listed.size()) {
            return this;
        }
        return of(counted, cutoffDate, listed.stream().filter(m -> !counted.contains(m)).map(Member::id).toList());
    }

    /** Ids of the listed members {@link #counting(int)} left out of these counts as recent recruits (empty otherwise). */
    public List<String> getLeftOut() {
        return leftOut;
    }

    public int getMembers() {
        return members;
    }

    public int getAdvancedWorkers() {
        return advancedWorkers;
    }

    public int getAdvancedUndecided() {
        return advancedUndecided;
    }

    public int getEmulationFighters() {
        return emulationFighters;
    }

    public int getFightersUndecided() {
        return fightersUndecided;
    }

    public int getCompletedTasks() {
        return completedTasks;
    }

    public int getTasksUnknown() {
        return tasksUnknown;
    }

    /** Members disciplined at cảnh cáo or above in the year; 0 when not known (see {@link #isDisciplineKnown()}). */
    public int getDisciplinedWarningOrAbove() {
        return disciplinedWarningOrAbove;
    }

    /** False when a member summary does not say how many members were disciplined at cảnh cáo or above. */
    public boolean isDisciplineKnown() {
        return disciplineKnown;
    }

    /** Ids of the members whose LĐTT decision of the year is DEFERRED or INCOMPLETE (empty for a summary). */
    public List<String> getAdvancedUndecidedIds() {
        return advancedUndecidedIds;
    }

    /** Ids of the members whose CSTĐCS decision of the year is DEFERRED or INCOMPLETE (empty for a summary). */
    public List<String> getFightersUndecidedIds() {
        return fightersUndecidedIds;
    }

    /** Ids of the members without a rating of the year (empty for a summary). */
    public List<String> getTasksUnknownIds() {
        return tasksUnknownIds;
    }

    public int getFemale() {
        return female;
    }

    public boolean isFromSummary() {
        return fromSummary;
    }

    /**
     * Whether the advanced workers reach {@code percent} of the members, in integer arithmetic:
     * "trên X%" when {@code strictlyMore} ({@code count * 100 > X * n}), "từ X% trở lên" otherwise.
     * MET, NOT_MET, or UNDECIDED when counting the undecided members either way changes the answer.
     */
    public String advancedShare(int percent, boolean strictlyMore) {
        return share(advancedWorkers, advancedUndecided, percent, strictlyMore);
    }

    /** Whether at least {@code minimum} members hold CSTĐCS: MET, NOT_MET or UNDECIDED. */
    public String fightersAtLeast(int minimum) {
        if (emulationFighters >= minimum) {
            return "MET";
        }
        return emulationFighters + fightersUndecided >= minimum ? "UNDECIDED" : "NOT_MET";
    }

    /** Whether every member completed their tasks (rated HTNV or above): MET, NOT_MET or UNDECIDED. */
    public String allCompleted() {
        if (completedTasks + tasksUnknown < members) {
            return "NOT_MET";
        }
        return tasksUnknown == 0 ? "MET" : "UNDECIDED";
    }

    private String share(int count, int undecided, int percent, boolean strictlyMore) {
        boolean low = passes(count, percent, strictlyMore);
        boolean high = passes(count + undecided, percent, strictlyMore);
        if (low == high) {
            return low ? "MET" : "NOT_MET";
        }
        return "UNDECIDED";
    }

    private boolean passes(int count, int percent, boolean strictlyMore) {
        long left = (long) count * 100;
        long right = (long) percent * members;
        return members > 0 && (strictlyMore ? left > right : left >= right);
    }
}

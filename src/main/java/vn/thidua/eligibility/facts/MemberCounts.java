package vn.thidua.eligibility.facts;

/**
 * Counts over a collective's members for the evaluated year, from the members' own decisions in
 * the same run (or the dossier's memberSummary). "Undecided" members are those whose decision is
 * DEFERRED or INCOMPLETE; a count they could change is reported as undecided, never guessed.
 */
public final class MemberCounts {

    private final int members;
    private final int advancedWorkers;
    private final int advancedUndecided;
    private final int emulationFighters;
    private final int fightersUndecided;
    private final int completedTasks;
    private final int tasksUnknown;
    private final int disciplinedWarningOrAbove;
    private final int female;
    private final boolean fromSummary;

    public MemberCounts(int members, int advancedWorkers, int advancedUndecided, int emulationFighters, int fightersUndecided,
            int completedTasks, int tasksUnknown, int disciplinedWarningOrAbove, int female, boolean fromSummary) {
        this.members = members;
        this.advancedWorkers = advancedWorkers;
        this.advancedUndecided = advancedUndecided;
        this.emulationFighters = emulationFighters;
        this.fightersUndecided = fightersUndecided;
        this.completedTasks = completedTasks;
        this.tasksUnknown = tasksUnknown;
        this.disciplinedWarningOrAbove = disciplinedWarningOrAbove;
        this.female = female;
        this.fromSummary = fromSummary;
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

    public int getDisciplinedWarningOrAbove() {
        return disciplinedWarningOrAbove;
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

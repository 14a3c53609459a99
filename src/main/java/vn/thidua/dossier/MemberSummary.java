package vn.thidua.dossier;

/** Member counts of a collective for the evaluated year, used only when {@code members} is absent. */
public record MemberSummary(
        @Required @Range(min = 0, max = 1_000_000) Integer count,
        @Range(min = 0, max = 1_000_000) Integer advancedWorkers,
        @Range(min = 0, max = 1_000_000) Integer grassrootsEmulationFighters,
        Boolean allCompletedTasks,
        @Range(min = 0, max = 1_000_000) Integer disciplinedWarningOrAbove,
        @Range(min = 0, max = 1_000_000) Integer femaleCount) {
}

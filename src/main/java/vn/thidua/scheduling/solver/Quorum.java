package vn.thidua.scheduling.solver;

/** How many members a session needs to review a dossier, after recusal, out of a council of {@code councilSize}. */
public record Quorum(int required, int councilSize) {
}

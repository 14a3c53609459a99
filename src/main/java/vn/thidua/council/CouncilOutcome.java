package vn.thidua.council;

/** The council's result on one dossier. */
public enum CouncilOutcome {
    APPROVED, NOT_APPROVED
}

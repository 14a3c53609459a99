package vn.thidua.dossier;

/** The three kinds of subject an award can go to. */
public enum SubjectKind {
    INDIVIDUAL, COLLECTIVE, HOUSEHOLD
}

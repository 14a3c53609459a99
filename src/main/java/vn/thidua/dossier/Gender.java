package vn.thidua.dossier;

/** Gender as declared in the dossier. */
public enum Gender {
    MALE, FEMALE, OTHER
}

package vn.thidua.dossier;

/** The regulation under which a rating was given. */
public enum RatingScheme {
    ND90_2020, ND335_2025, EMPLOYER, NONE
}

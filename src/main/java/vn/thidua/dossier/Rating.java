package vn.thidua.dossier;

/** A year's quality rating. */
public record Rating(@Required @Range(min = 1945, max = 2200) Integer year, @Required RatingLevel level, RatingScheme scheme) {
}

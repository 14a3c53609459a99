package vn.thidua.dossier;

/** A household's contribution to the locality. */
public record Contribution(@Required ContributionKind kind, String description,
        @Range(min = 0, max = 1_000_000_000_000_000L) Long valueVnd) {
}

package vn.thidua.dossier;

/** A share of a quota's selected places reserved for a priority group, as a percentage (0–100). */
public record Reserved(@Required PriorityGroup group, @Required @Range(min = 0, max = 100) Integer minShare) {
}

package vn.thidua.dossier;

import java.time.LocalDate;

/** A move between units; {@code previousUnitCommentRef} is null when no written comment was received. */
public record Transfer(@Required String fromUnit, @Required String toUnit, @Required LocalDate date,
        String previousUnitCommentRef) {
}

package vn.thidua.dossier;

import java.time.LocalDate;

/** An initiative (sáng kiến); it counts for the year in its {@code year} field. */
public record Initiative(@Required String id, String title, @Required @Range(min = 1945, max = 2200) Integer year,
        @Required Scope scope, String recognizedBy, LocalDate recognitionDate, Boolean applied) {

    public boolean isApplied() {
        return Boolean.TRUE.equals(applied);
    }
}

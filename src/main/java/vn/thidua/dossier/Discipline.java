package vn.thidua.dossier;

import java.time.LocalDate;

/** A disciplinary decision; it belongs to the year of its decision date. */
public record Discipline(@Required DisciplineForm form, @Required LocalDate decisionDate, Boolean dutyRelated) {
}

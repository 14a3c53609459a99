package vn.thidua.dossier;

import java.time.LocalDate;

/** A proceeding that suspends awards while open: until {@code closedOn}, or indefinitely when null. */
public record Proceeding(@Required ProceedingKind kind, LocalDate since, LocalDate closedOn) {

    /** Open at the decision date: not closed, or closed after it (closing on the date itself counts as closed). */
    public boolean isOpenOn(LocalDate decisionDate) {
        return (since == null || !since.isAfter(decisionDate)) && (closedOn == null || closedOn.isAfter(decisionDate));
    }
}

package vn.thidua.dossier;

import java.time.LocalDate;

/** An administrative sanction; it belongs to the year of its date. */
public record AdminSanction(@Required SanctionKind kind, @Required LocalDate date) {
}

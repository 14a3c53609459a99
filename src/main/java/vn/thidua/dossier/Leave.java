package vn.thidua.dossier;

import java.time.LocalDate;

/** A period of leave; {@code compliant} applies to training. */
public record Leave(@Required LeaveType type, @Required LocalDate from, @Required LocalDate to,
        @Range(min = 0, max = 400) Integer workingDays, Boolean compliant) {
}

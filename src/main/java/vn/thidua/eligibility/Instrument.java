package vn.thidua.eligibility;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The legal instrument a citation names, from {@code rules/instruments.yaml}: its id (docs/law.md §1),
 * number, the first day it applies and the first day it no longer applies ({@code ceases}, exclusive;
 * null when no end is known), and the evidence tag of those dates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Instrument(String id, String number, LocalDate effective, LocalDate ceases, String evidence) {

    /** Whether the instrument applies on a date: {@code effective <= date < ceases}, an unknown bound being open. */
    public boolean inForceOn(LocalDate date) {
        return (effective == null || !date.isBefore(effective)) && (ceases == null || date.isBefore(ceases));
    }
}

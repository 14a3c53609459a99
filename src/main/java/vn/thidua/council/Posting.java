package vn.thidua.council;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a dossier's award was voted on before its list had been posted long enough, with the dates:
 * {@code code} POSTING_TOO_SHORT (the list named by {@code listId}, posted from {@code postedFrom},
 * reaches its {@code workingDays} on {@code reachedOn}, after the session {@code heldOn}) or
 * POSTING_NOT_PUBLISHED (no list of the run was posted before the session; {@code listId},
 * {@code postedFrom} and {@code reachedOn} are then absent). A warning, never a refusal: the council
 * may still decide. {@code legalReview} is PENDING when the number of days awaits legal review.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Posting(String code, int workingDays, Long listId, LocalDate postedFrom, LocalDate reachedOn, LocalDate heldOn,
        String legalReview) {

    public static final String TOO_SHORT = "POSTING_TOO_SHORT";
    public static final String NOT_PUBLISHED = "POSTING_NOT_PUBLISHED";
}

package vn.thidua.consultation;

import java.time.LocalDate;

/**
 * A run's proposed candidates opened for public comment from {@code opensOn} to {@code closesOn}, both
 * included, and posted (niêm yết) at {@code postingPlaces} from {@code postedFrom}, the day its posting
 * period is counted from. {@code postingPlaces} is null when the secretariat named no place: the list
 * is then posted on this application's public page only. {@code postedFrom} is never null: a list
 * published without it was posted from {@code opensOn}.
 */
public record PublicList(long id, long runId, String title, LocalDate opensOn, LocalDate closesOn, String postingPlaces,
        LocalDate postedFrom) {

    public PublicList {
        if (postedFrom == null) {
            postedFrom = opensOn;
        }
    }

    /** A list posted only on the public page, from its opening day. */
    public PublicList(long id, long runId, String title, LocalDate opensOn, LocalDate closesOn) {
        this(id, runId, title, opensOn, closesOn, null, opensOn);
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}

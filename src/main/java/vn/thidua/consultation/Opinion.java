package vn.thidua.consultation;

import java.time.Instant;

/**
 * A supervision opinion (ý kiến giám sát) of the Fatherland Front on a published list, or on one
 * candidate of it: {@code subjectId} and {@code award} are then set, both null for the whole list.
 * {@code filedByName} is the committee as its account names it.
 */
public record Opinion(long id, long listId, String subjectId, String award, String body, String filedBy, String filedByName,
        Instant filedAt) {

    /** Whether it is about the whole list rather than one candidate. */
    public boolean onList() {
        return subjectId == null;
    }
}

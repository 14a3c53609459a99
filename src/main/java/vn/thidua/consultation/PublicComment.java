package vn.thidua.consultation;

import java.time.Instant;

/**
 * A comment from the public about one candidate: a subject proposed for an award. {@code status} is
 * the newest answer's (ANSWERED, RESOLVED, FORWARDED), or OPEN while it has none.
 */
public record PublicComment(long id, long listId, String subjectId, String award, String authorName, String contact,
        String body, String status, Instant createdAt) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}

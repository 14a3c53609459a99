package vn.thidua.consultation;

import java.time.Instant;

/**
 * A comment as the public page and the oversight pages show it: what was said about which candidate,
 * when, and the answer in force, with neither the commenter's name nor their contact, nor who answered.
 * {@code answer} and {@code answeredAt} are null while the comment is open.
 */
public record PublicThread(long id, String subjectId, String award, String body, Instant receivedAt, CommentStatus status,
        String answer, Instant answeredAt) {

    static PublicThread of(CommentThread thread) {
        PublicComment c = thread.comment();
        Answer current = thread.current();
        return new PublicThread(c.id(), c.subjectId(), c.award(), c.body(), c.createdAt(), thread.status(),
                current == null ? null : current.body(), current == null ? null : current.answeredAt());
    }
}

package vn.thidua.consultation;

import java.time.Instant;

/**
 * One version of the secretariat's answer: {@code seq} 1 for the first, each later version one more,
 * superseding the one before (which is kept). {@code status} is what it made of the comment or opinion.
 */
public record Answer(long id, int seq, String body, CommentStatus status, String answeredBy, Instant answeredAt) {
}

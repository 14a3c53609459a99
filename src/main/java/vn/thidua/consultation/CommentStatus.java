package vn.thidua.consultation;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a public comment (or a supervision opinion) stands: OPEN until the secretariat answers it,
 * then the status its newest answer gives it. The last three are the statuses an answer may give.
 */
public enum CommentStatus {
    OPEN, ANSWERED, RESOLVED, FORWARDED;

    /** Whether an answer may give this status (every one but OPEN). */
    public boolean answerable() {
        return this != OPEN;
    }

    /** The status named, in any letter case; empty for a blank or unknown name. */
    public static Optional<CommentStatus> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

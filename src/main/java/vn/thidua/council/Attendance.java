package vn.thidua.council;

/**
 * How a member took part in a session: present; absent with a written opinion, which counts as a
 * vote (docs/law.md §14.5); or absent without one.
 */
public enum Attendance {
    PRESENT, ABSENT_WRITTEN, ABSENT;

    /** Whether the member's vote is counted: in person or in writing. */
    public boolean votes() {
        return this != ABSENT;
    }
}

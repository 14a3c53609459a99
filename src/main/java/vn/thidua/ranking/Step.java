package vn.thidua.ranking;

import vn.thidua.dossier.PriorityGroup;

/**
 * A step of the ranking order. Each step only separates candidates that every earlier step left
 * equal; a candidate with the quality a step rewards ranks first.
 */
public enum Step {
    /** Direct producer, or working in an especially difficult, border or island area (Luật TĐKT Điều 5 khoản 2). */
    STATUTORY_PRIORITY,
    /** Working at a grassroots unit and not a leader. */
    GRASSROOTS_NOT_LEADER,
    ETHNIC_MINORITY,
    /** Higher merit score first. */
    MERIT,
    /** A woman, or a collective with at least 70% women. */
    FEMALE,
    /** Higher weighted score first (WEIGHTED mode only). */
    WEIGHTED_SCORE,
    /** Ascending subject id: the final tie-break, so that the input order never matters. */
    SUBJECT_ID;

    /** Negative when {@code a} ranks before {@code b} at this step, positive when after, 0 when the step does not separate them. */
    int compare(Candidate a, Candidate b) {
        return switch (this) {
            case STATUTORY_PRIORITY -> Boolean.compare(b.statutory(), a.statutory());
            case GRASSROOTS_NOT_LEADER -> byGroup(a, b, PriorityGroup.GRASSROOTS);
            case ETHNIC_MINORITY -> byGroup(a, b, PriorityGroup.ETHNIC_MINORITY);
            case MERIT -> Integer.compare(b.merit(), a.merit());
            case FEMALE -> byGroup(a, b, PriorityGroup.FEMALE);
            case WEIGHTED_SCORE -> Integer.compare(b.score(), a.score());
            case SUBJECT_ID -> a.subjectId().compareTo(b.subjectId());
        };
    }

    private static int byGroup(Candidate a, Candidate b, PriorityGroup group) {
        return Boolean.compare(b.in(group), a.in(group));
    }
}

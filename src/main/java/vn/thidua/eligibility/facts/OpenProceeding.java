package vn.thidua.eligibility.facts;

import java.time.LocalDate;

/** A proceeding against a subject that is still open at the decision date. */
public final class OpenProceeding {

    private final String subjectId;
    private final String kind;
    private final LocalDate since;

    public OpenProceeding(String subjectId, String kind, LocalDate since) {
        this.subjectId = subjectId;
        this.kind = kind;
        this.since = since;
    }

    public String getSubjectId() {
        return subjectId;
    }

    /** DISCIPLINE_REVIEW, INVESTIGATION, COMPLAINT_UNDER_VERIFICATION or CORRUPTION_VERIFICATION. */
    public String getKind() {
        return kind;
    }

    public LocalDate getSince() {
        return since;
    }
}

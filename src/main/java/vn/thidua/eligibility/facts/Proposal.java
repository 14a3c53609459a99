package vn.thidua.eligibility.facts;

/** A (subject, award) pair to decide in this run; every rule of an award starts from one. */
public final class Proposal {

    private final String subjectId;
    private final String subjectKind;
    private final String award;

    public Proposal(String subjectId, String subjectKind, String award) {
        this.subjectId = subjectId;
        this.subjectKind = subjectKind;
        this.award = award;
    }

    public String getSubjectId() {
        return subjectId;
    }

    /** INDIVIDUAL, COLLECTIVE or HOUSEHOLD. */
    public String getSubjectKind() {
        return subjectKind;
    }

    public String getAward() {
        return award;
    }

    @Override
    public String toString() {
        return subjectId + "/" + award;
    }
}

package vn.thidua.scheduling;

/** A member's role in the council (contract, section 6). */
public enum MemberRole {
    CHAIR, VICE_CHAIR, MEMBER, SECRETARY
}

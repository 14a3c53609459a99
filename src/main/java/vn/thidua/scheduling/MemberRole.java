package vn.thidua.scheduling;

/** A member's role in the council (docs/request-and-result.md §6). */
public enum MemberRole {
    CHAIR, VICE_CHAIR, MEMBER, SECRETARY
}

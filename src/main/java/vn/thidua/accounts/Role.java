package vn.thidua.accounts;

/** What a user may do; a user holds one or more. */
public enum Role {
    SECRETARIAT, POLICY, AUDITOR, COUNCIL, ADMIN;

    /** Roles that see every run, whatever their units. */
    public boolean seesAllUnits() {
        return this == ADMIN || this == AUDITOR;
    }
}

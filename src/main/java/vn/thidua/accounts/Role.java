package vn.thidua.accounts;

/**
 * What a user may do; a user holds one or more. OVERSIGHT is the Fatherland Front committee of a unit
 * (Mặt trận Tổ quốc, and the mass organisations it names): it reads the published lists, comments and
 * answers, and the decisions and rankings of its units without personal data, and files supervision opinions.
 */
public enum Role {
    SECRETARIAT, POLICY, AUDITOR, COUNCIL, ADMIN, OVERSIGHT;

    /** Roles that see every run, whatever their units. */
    public boolean seesAllUnits() {
        return this == ADMIN || this == AUDITOR;
    }
}

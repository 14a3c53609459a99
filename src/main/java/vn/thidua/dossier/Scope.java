package vn.thidua.dossier;

/** Recognition scope of an initiative or science work; a higher scope also counts as a lower one. */
public enum Scope {
    CO_SO, BO_NGANH_TINH, TOAN_QUOC;

    public boolean covers(Scope required) {
        return compareTo(required) >= 0;
    }
}

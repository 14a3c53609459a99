package vn.thidua.dossier;

/** Administrative sanctions. */
public enum SanctionKind {
    CHILD_MARRIAGE, MARRIAGE_LAW, PUBLIC_ORDER, GAMBLING, SOCIAL_EVILS, FIRE_SAFETY, DOMESTIC_VIOLENCE, OTHER
}

package vn.thidua.dossier;

/** Priority groups for ranking and shares. */
public enum PriorityGroup {
    DIRECT_PRODUCER, ETHNIC_MINORITY, GRASSROOTS, FEMALE, DIFFICULT_AREA
}

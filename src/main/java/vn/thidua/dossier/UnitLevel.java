package vn.thidua.dossier;

/** Administrative level of a unit. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, AGENCY, SCHOOL, ENTERPRISE, COOPERATIVE, VILLAGE, OTHER
}

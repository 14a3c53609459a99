package vn.thidua.dossier;

/** Occupation of an individual. */
public enum Occupation {
    CIVIL_SERVANT, PUBLIC_EMPLOYEE, TEACHER, HEALTH_WORKER, WORKER, FARMER, ENTREPRENEUR, SOLDIER, RELIGIOUS_DIGNITARY, STUDENT, OTHER
}

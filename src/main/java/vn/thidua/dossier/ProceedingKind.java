package vn.thidua.dossier;

/** Proceedings that suspend an award while open (NĐ 98/2023 Art. 4). */
public enum ProceedingKind {
    DISCIPLINE_REVIEW, INVESTIGATION, COMPLAINT_UNDER_VERIFICATION, CORRUPTION_VERIFICATION
}

package vn.thidua.dossier;

/** Selects the criteria branch of an individual (cán bộ, công chức, viên chức, người lao động, or workers and farmers). */
public enum SubjectType {
    CBCCVC_NLD, CONG_NHAN_NONG_DAN_NLD_KHAC
}

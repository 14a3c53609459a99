package vn.thidua.dossier;

/** Kinds of leave. */
public enum LeaveType {
    THAI_SAN, OM, VIEC_RIENG, DIEU_TRI_THUONG_TICH_CONG_VU, DAO_TAO
}

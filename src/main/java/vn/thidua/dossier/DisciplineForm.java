package vn.thidua.dossier;

/** Disciplinary forms in ascending severity. */
public enum DisciplineForm {
    KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC;

    /** "Từ hình thức cảnh cáo trở lên". */
    public boolean isWarningOrAbove() {
        return compareTo(CANH_CAO) >= 0;
    }
}

package vn.thidua.dossier;

/** Areas the law names for priority (L1 Art. 5): especially difficult, border, island. */
public enum AreaDifficulty {
    DBKK, BIEN_GIOI, HAI_DAO
}

package vn.thidua.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * Award codes of the docs/request-and-result.md §2, declared in the order of docs/request-and-result.md §2, which is
 * also the order of decisions within a subject.
 */
public enum AwardCode {
    LAO_DONG_TIEN_TIEN(SubjectKind.INDIVIDUAL),
    CHIEN_SI_THI_DUA_CO_SO(SubjectKind.INDIVIDUAL),
    CHIEN_SI_THI_DUA_CAP_TINH(SubjectKind.INDIVIDUAL),
    CHIEN_SI_THI_DUA_TOAN_QUOC(SubjectKind.INDIVIDUAL),
    BANG_KHEN_CHU_TICH_UBND_TINH(SubjectKind.INDIVIDUAL, SubjectKind.COLLECTIVE, SubjectKind.HOUSEHOLD),
    GIAY_KHEN_CHU_TICH_UBND_XA(SubjectKind.INDIVIDUAL, SubjectKind.COLLECTIVE, SubjectKind.HOUSEHOLD),
    GIAY_KHEN_THU_TRUONG_DON_VI(SubjectKind.INDIVIDUAL, SubjectKind.COLLECTIVE),
    GIAY_KHEN_CHU_TICH_UBND_HUYEN(SubjectKind.INDIVIDUAL, SubjectKind.COLLECTIVE, SubjectKind.HOUSEHOLD),
    TAP_THE_LAO_DONG_TIEN_TIEN(SubjectKind.COLLECTIVE),
    TAP_THE_LAO_DONG_XUAT_SAC(SubjectKind.COLLECTIVE),
    CO_THI_DUA_CAP_TINH(SubjectKind.COLLECTIVE),
    GIA_DINH_VAN_HOA(SubjectKind.HOUSEHOLD);

    private final Set<SubjectKind> subjects;

    AwardCode(SubjectKind first, SubjectKind... rest) {
        this.subjects = EnumSet.of(first, rest);
    }

    public boolean appliesTo(SubjectKind kind) {
        return subjects.contains(kind);
    }

    /** Position of the award in the order of docs/request-and-result.md §2 for a subject kind (section 2). */
    public int order(SubjectKind kind) {
        int position = 0;
        for (AwardCode code : orderFor(kind)) {
            if (code == this) {
                return position;
            }
            position++;
        }
        return Integer.MAX_VALUE;
    }

    /** Awards of a subject kind in the order of docs/request-and-result.md §2. */
    public static java.util.List<AwardCode> orderFor(SubjectKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> java.util.List.of(LAO_DONG_TIEN_TIEN, CHIEN_SI_THI_DUA_CO_SO, CHIEN_SI_THI_DUA_CAP_TINH,
                    CHIEN_SI_THI_DUA_TOAN_QUOC, BANG_KHEN_CHU_TICH_UBND_TINH, GIAY_KHEN_CHU_TICH_UBND_XA,
                    GIAY_KHEN_THU_TRUONG_DON_VI, GIAY_KHEN_CHU_TICH_UBND_HUYEN);
            case COLLECTIVE -> java.util.List.of(TAP_THE_LAO_DONG_TIEN_TIEN, TAP_THE_LAO_DONG_XUAT_SAC, CO_THI_DUA_CAP_TINH,
                    BANG_KHEN_CHU_TICH_UBND_TINH, GIAY_KHEN_CHU_TICH_UBND_XA, GIAY_KHEN_THU_TRUONG_DON_VI,
                    GIAY_KHEN_CHU_TICH_UBND_HUYEN);
            case HOUSEHOLD -> java.util.List.of(GIA_DINH_VAN_HOA, GIAY_KHEN_CHU_TICH_UBND_XA, BANG_KHEN_CHU_TICH_UBND_TINH,
                    GIAY_KHEN_CHU_TICH_UBND_HUYEN);
        };
    }
}

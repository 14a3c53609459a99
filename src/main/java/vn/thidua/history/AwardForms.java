package vn.thidua.history;

import java.util.EnumSet;
import java.util.Set;

import vn.thidua.dossier.AwardCode;

/**
 * Which awards are titles (danh hiệu, request-and-result.md §1.7.10) and which commendations (hình
 * thức khen thưởng, §1.7.11). §2 names the titles "danh hiệu"; the province's emulation flag is a
 * collective's title too. The Bằng khen and Giấy khen are commendations.
 */
final class AwardForms {

    private static final Set<AwardCode> TITLES = EnumSet.of(AwardCode.LAO_DONG_TIEN_TIEN, AwardCode.CHIEN_SI_THI_DUA_CO_SO,
            AwardCode.CHIEN_SI_THI_DUA_CAP_TINH, AwardCode.CHIEN_SI_THI_DUA_TOAN_QUOC, AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN,
            AwardCode.TAP_THE_LAO_DONG_XUAT_SAC, AwardCode.CO_THI_DUA_CAP_TINH, AwardCode.GIA_DINH_VAN_HOA);

    private AwardForms() {
    }

    static boolean isTitle(AwardCode award) {
        return TITLES.contains(award);
    }
}

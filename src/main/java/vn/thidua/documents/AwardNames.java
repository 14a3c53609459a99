package vn.thidua.documents;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import vn.thidua.dossier.AwardCode;

/** The name of each award as printed on lists, in Vietnamese and English. */
public final class AwardNames {

    private static final Map<AwardCode, String[]> NAMES = new EnumMap<>(AwardCode.class);

    static {
        NAMES.put(AwardCode.LAO_DONG_TIEN_TIEN, new String[] {"Lao động tiên tiến", "Advanced Worker"});
        NAMES.put(AwardCode.CHIEN_SI_THI_DUA_CO_SO, new String[] {"Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighter"});
        NAMES.put(AwardCode.CHIEN_SI_THI_DUA_CAP_TINH, new String[] {"Chiến sĩ thi đua cấp tỉnh", "Provincial Emulation Fighter"});
        NAMES.put(AwardCode.CHIEN_SI_THI_DUA_TOAN_QUOC, new String[] {"Chiến sĩ thi đua toàn quốc", "National Emulation Fighter"});
        NAMES.put(AwardCode.BANG_KHEN_CHU_TICH_UBND_TINH, new String[] {"Bằng khen của Chủ tịch UBND tỉnh",
            "Certificate of Merit of the Provincial Chairman"});
        NAMES.put(AwardCode.GIAY_KHEN_CHU_TICH_UBND_XA, new String[] {"Giấy khen của Chủ tịch UBND xã",
            "Certificate of Commendation of the Commune Chairman"});
        NAMES.put(AwardCode.GIAY_KHEN_THU_TRUONG_DON_VI, new String[] {"Giấy khen của Thủ trưởng đơn vị",
            "Certificate of Commendation of the Head of Unit"});
        NAMES.put(AwardCode.GIAY_KHEN_CHU_TICH_UBND_HUYEN, new String[] {"Giấy khen của Chủ tịch UBND huyện",
            "Certificate of Commendation of the District Chairman"});
        NAMES.put(AwardCode.TAP_THE_LAO_DONG_TIEN_TIEN, new String[] {"Tập thể lao động tiên tiến", "Advanced Labour Collective"});
        NAMES.put(AwardCode.TAP_THE_LAO_DONG_XUAT_SAC, new String[] {"Tập thể lao động xuất sắc", "Excellent Labour Collective"});
        NAMES.put(AwardCode.CO_THI_DUA_CAP_TINH, new String[] {"Cờ thi đua cấp tỉnh", "Provincial Emulation Flag"});
        NAMES.put(AwardCode.GIA_DINH_VAN_HOA, new String[] {"Gia đình văn hóa", "Cultured Family"});
    }

    private AwardNames() {
    }

    public static String of(AwardCode award, Locale locale) {
        String[] names = NAMES.get(award);
        return "en".equals(locale.getLanguage()) ? names[1] : names[0];
    }
}

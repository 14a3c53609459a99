package vn.thidua.testing;

import java.nio.charset.StandardCharsets;

/**
 * A 2026 request of one teacher of Đạ R'Sal's primary school proposed for both fighter titles:
 * rated HTXSNV 2024–2026, solidarity attested, with a 2026 initiative recognised by the province, so
 * that "Chiến sĩ thi đua cấp tỉnh" turns on her grassroots titles of 2024 and 2025 (and this run's
 * 2026 one). The titles are those given, as JSON items (an empty text: none).
 */
public final class NextYearRequests {

    private NextYearRequests() {
    }

    public static byte[] teacher(String id, String titles) {
        return ("""
                {
                  "schemaVersion": 1,
                  "period": { "year": 2026, "cutoffDate": "2026-12-31", "decisionDate": "2027-01-20" },
                  "units": [
                    { "code": "XA-DARSAL", "name": "UBND xã Đạ R'Sal", "level": "COMMUNE", "grassroots": true, "areaDifficulty": "DBKK" },
                    { "code": "TH-DARSAL", "name": "Trường Tiểu học Đạ R'Sal", "level": "SCHOOL", "parent": "XA-DARSAL", "grassroots": true }
                  ],
                  "individuals": [ {
                    "id": "%s", "fullName": "Trần Thị Hạnh", "unit": "TH-DARSAL", "gender": "FEMALE",
                    "subjectType": "CBCCVC_NLD", "occupation": "TEACHER", "recruitmentDate": "2012-09-01",
                    "ratings": [
                      { "year": 2024, "level": "HTXSNV", "scheme": "ND90_2020" },
                      { "year": 2025, "level": "HTXSNV", "scheme": "ND90_2020" },
                      { "year": 2026, "level": "HTXSNV", "scheme": "ND335_2025" }
                    ],
                    "attestations": [ { "year": 2026, "kind": "SOLIDARITY_AND_EMULATION", "minutesRef": "BB-TH-2026" } ],
                    "initiatives": [ { "id": "SK-TH-2026", "title": "Dạy tiếng Việt cho học sinh K'Ho qua trò chơi", "year": 2026,
                      "scope": "BO_NGANH_TINH", "recognizedBy": "Chủ tịch UBND tỉnh", "recognitionDate": "2026-10-20", "applied": true } ],
                    "titles": [ %s ],
                    "proposedAwards": [ "CHIEN_SI_THI_DUA_CO_SO", "CHIEN_SI_THI_DUA_CAP_TINH" ]
                  } ]
                }
                """).formatted(id, titles).getBytes(StandardCharsets.UTF_8);
    }

    /** The grassroots titles of 2023, 2024 and 2025 as the request lists them. */
    public static String threeGrassrootsTitles() {
        return """
                { "code": "CHIEN_SI_THI_DUA_CO_SO", "year": 2023, "decisionRef": "112/QĐ-UBND" },
                { "code": "CHIEN_SI_THI_DUA_CO_SO", "year": 2024, "decisionRef": "87/QĐ-UBND" },
                { "code": "CHIEN_SI_THI_DUA_CO_SO", "year": 2025, "decisionRef": "95/QĐ-UBND" }""";
    }
}

package vn.thidua.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * Biểu số 0603.N/BNV-TĐKT, "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh, thành
 * phố trực thuộc Trung ương" (Thông tư 02/2023/TT-BNV ngày 23/3/2023), as docs/law.md, "The year and the term reported" reads it: the
 * year's awards of the province counted by subject (tập thể, hộ gia đình, cá nhân and five kinds of
 * individual) and by method, in the form's four columns of awards and their total.
 */
final class Bieu0603 {

    /** The form's columns 2 to 5 and the award codes each counts; column 1 is their total. */
    enum Column {
        BANG_KHEN(AwardCode.BANG_KHEN_CHU_TICH_UBND_TINH),
        CHIEN_SI_THI_DUA_CAP_TINH(AwardCode.CHIEN_SI_THI_DUA_CAP_TINH),
        CO_THI_DUA(AwardCode.CO_THI_DUA_CAP_TINH),
        // No award of the catalogue is a Huy hiệu (kỷ niệm chương): the column is always 0.
        HUY_HIEU();

        private final List<AwardCode> awards;

        Column(AwardCode... awards) {
            this.awards = List.of(awards);
        }

        static Column of(AwardCode award) {
            for (Column column : values()) {
                if (column.awards.contains(award)) {
                    return column;
                }
            }
            return null;
        }
    }

    /** The rows by code, in the form's order, with the form's own words. */
    static final List<String[]> ROWS = List.of(
            new String[] {"01", "Tổng số", ""},
            new String[] {"", "1. Chia theo đối tượng khen thưởng", null},
            new String[] {"02", "- Tập thể", "Tập thể"},
            new String[] {"03", "Trong đó: Doanh nghiệp", "Doanh nghiệp"},
            new String[] {"04", "- Hộ gia đình", "Hộ"},
            new String[] {"05", "- Cá nhân", "Người"},
            new String[] {"06", "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", "Người"},
            new String[] {"07", "+ Lãnh đạo cấp vụ, sở, ngành và tương đương", "Người"},
            new String[] {"08", "+ Doanh nhân", "Người"},
            new String[] {"09", "+ Các cấp lãnh đạo khác từ phó phòng trở lên", "Người"},
            new String[] {"10", "+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)",
                "Người"},
            new String[] {"", "2. Chia theo phương thức khen thưởng", null},
            new String[] {"11", "- Thường xuyên", ""},
            new String[] {"12", "- Chuyên đề", ""},
            new String[] {"13", "- Đột xuất", ""},
            new String[] {"14", "- Đối ngoại", ""},
            new String[] {"15", "- Cống hiến", ""},
            new String[] {"16", "- Niên hạn", ""},
            new String[] {"17", "- Kháng chiến", ""});

    /**
     * Rows no fact of a request or the register can fill: whether a collective is an enterprise, and the
     * level of a leader's post (every leader is counted in row 09). Their cells stay empty.
     */
    static final List<String> NOT_RECORDED = List.of("03", "06", "07");

    private static final int COLUMNS = Column.values().length + 1;
    private static final List<String> CODES = ROWS.stream().map(r -> r[0]).filter(c -> !c.isEmpty()).toList();

    private final long[][] cells = new long[CODES.size()][COLUMNS];

    /** Counts one award of the year; an award outside the form's columns is not counted. */
    void add(SubjectKind kind, RunSubjects.Profile profile, AwardCode award) {
        Column column = Column.of(award);
        if (column == null) {
            return;
        }
        count("01", column);
        // Every award of the catalogue is given for the year's achievements: "thường xuyên" (docs/law.md, "The year and the term reported").
        count("11", column);
        switch (kind) {
            case COLLECTIVE -> count("02", column);
            case HOUSEHOLD -> count("04", column);
            case INDIVIDUAL -> {
                count("05", column);
                if (profile != null) {
                    count(profile.leader() ? "09" : profile.entrepreneur() ? "08" : "10", column);
                }
            }
        }
    }

    private void count(String code, Column column) {
        long[] row = cells[CODES.indexOf(code)];
        row[0]++;
        row[column.ordinal() + 1]++;
    }

    FocusReport.Form0603 form(int year, FocusReport.Source source) {
        List<FocusReport.FormRow> rows = new ArrayList<>();
        for (int i = 0; i < CODES.size(); i++) {
            String code = CODES.get(i);
            rows.add(new FocusReport.FormRow(code, NOT_RECORDED.contains(code) ? Arrays.asList(new Long[COLUMNS])
                    : Arrays.stream(cells[i]).boxed().toList()));
        }
        return new FocusReport.Form0603(year, source, rows);
    }
}

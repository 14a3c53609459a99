package vn.thidua.council;

import java.util.List;

/**
 * The layout of the ballot workbook, shared by the writer and the reader: a session sheet of one
 * field a row (label, field, value), then a members sheet and a ballots sheet whose row 1 holds the
 * Vietnamese header, row 2 the field of each column, and data from row 3, as in the request workbook.
 */
final class BallotSheet {

    /** A column or a session field: its key, read back, and its Vietnamese label. */
    record Column(String key, String label, boolean required) {
    }

    static final String SESSION = "Phiên họp";
    static final String MEMBERS = "Thành viên";
    static final String BALLOTS = "Phiếu biểu quyết";
    static final int HEADER_ROWS = 2;

    static final List<Column> SESSION_FIELDS = List.of(
            new Column("run", "Lần đánh giá số", false),
            new Column("scheduleId", "Lịch họp số", false),
            new Column("scheduleSession", "Phiên theo lịch", false),
            new Column("heldOn", "Ngày họp (dd/mm/yyyy)", true),
            new Column("startsAt", "Giờ bắt đầu (HH:mm)", false),
            new Column("place", "Địa điểm", true),
            new Column("councilName", "Tên Hội đồng", true),
            new Column("chair", "Chủ trì (mã thành viên)", true),
            new Column("secretary", "Thư ký (mã thành viên)", true),
            new Column("supersedes", "Đính chính phiên số", false),
            new Column("note", "Ghi chú", false));

    static final List<Column> MEMBER_COLUMNS = List.of(
            new Column("id", "Mã thành viên", true),
            new Column("name", "Họ và tên", true),
            new Column("position", "Chức vụ", false),
            new Column("unit", "Đơn vị (mã)", false),
            new Column("personId", "Mã cá nhân (nếu là đương sự)", false),
            new Column("attendance", "Tham dự", true));

    static final List<Column> BALLOT_COLUMNS = List.of(
            new Column("no", "STT", false),
            new Column("subjectId", "Mã đối tượng", true),
            new Column("name", "Tên cá nhân/ tập thể", false),
            new Column("unit", "Đơn vị", false),
            new Column("award", "Mã danh hiệu", true),
            new Column("awardName", "Hình thức khen thưởng", false),
            new Column("agree", "Đồng ý", true),
            new Column("disagree", "Không đồng ý", true),
            new Column("invalid", "Không hợp lệ", true),
            new Column("recused", "Thành viên rút lui thêm (mã, cách nhau bằng dấu phẩy)", false));

    /** How attendance is written in the sheet, in the order of {@link Attendance}'s codes PRESENT, ABSENT_WRITTEN, ABSENT. */
    static final List<String> ATTENDANCE = List.of("Có mặt", "Vắng - có ý kiến bằng văn bản", "Vắng");

    private BallotSheet() {
    }

    static String label(List<Column> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).map(Column::label).findFirst().orElse(key);
    }

    /** The attendance code of a cell's text: a code as the JSON writes it, or the sheet's Vietnamese; the text itself otherwise. */
    static String attendance(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.contains("văn bản")) {
            return Attendance.ABSENT_WRITTEN.name();
        }
        if (t.equals("có mặt")) {
            return Attendance.PRESENT.name();
        }
        if (t.equals("vắng") || t.equals("vắng mặt")) {
            return Attendance.ABSENT.name();
        }
        return text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}

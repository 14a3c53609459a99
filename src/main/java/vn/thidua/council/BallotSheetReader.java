package vn.thidua.council;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import vn.thidua.documents.CellProblem;
import vn.thidua.dossier.FieldError;

/**
 * Reads a filled ballot workbook into a session, remembering the cell each field came from, so that
 * every problem, the reader's own or the session check's, names its sheet, row and column. A ballot
 * row whose three counts are empty was not reviewed and is skipped, as on the form.
 */
final class BallotSheetReader {

    private static final DataFormatter FORMAT = new DataFormatter();
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** Where a field came from: sheet, row as Excel shows it (0: the sheet as a whole), and the column with its cell. */
    record Place(String sheet, int row, String column) {
    }

    private final long runId;
    private final List<CellProblem> problems = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();

    BallotSheetReader(long runId) {
        this.runId = runId;
    }

    /** The session the workbook holds, or null when it has problems of its own ({@link #problems()}). */
    SessionInput read(Workbook workbook) {
        Map<String, String> session = session(workbook.getSheet(BallotSheet.SESSION));
        List<SessionInput.Member> members = new ArrayList<>();
        for (Line line : lines(workbook.getSheet(BallotSheet.MEMBERS), BallotSheet.MEMBERS, BallotSheet.MEMBER_COLUMNS)) {
            String at = "members[" + members.size() + "]";
            line.remember(at);
            members.add(new SessionInput.Member(line.text("id"), line.text("name"), line.text("position"), line.text("unit"),
                    line.text("personId"), BallotSheet.attendance(line.text("attendance"))));
        }
        List<SessionInput.Ballot> ballots = new ArrayList<>();
        for (Line line : lines(workbook.getSheet(BallotSheet.BALLOTS), BallotSheet.BALLOTS, BallotSheet.BALLOT_COLUMNS)) {
            if (line.blank("agree") && line.blank("disagree") && line.blank("invalid")) {
                continue;
            }
            String at = "ballots[" + ballots.size() + "]";
            line.remember(at);
            String recused = line.text("recused");
            ballots.add(new SessionInput.Ballot(line.text("subjectId"), line.text("award"), line.count("agree"), line.count("disagree"),
                    line.count("invalid"), recused == null ? null : List.of(recused.split("\\s*[,;]\\s*"))));
        }
        places.put("members", new Place(BallotSheet.MEMBERS, 0, null));
        places.put("ballots", new Place(BallotSheet.BALLOTS, 0, null));
        Long scheduleId = whole("scheduleId", session);
        Long supersedes = whole("supersedes", session);
        if (!problems.isEmpty()) {
            return null;
        }
        return new SessionInput(scheduleId, session.get("scheduleSession"), supersedes,
                session.get("heldOn"), session.get("startsAt"), session.get("place"), session.get("councilName"), session.get("chair"),
                session.get("secretary"), session.get("note"), members, ballots);
    }

    List<CellProblem> problems() {
        return problems;
    }

    /** A problem of the session check as one of the workbook: the JSON path's cell, else the row or sheet of its nearest parent. */
    FieldError locate(FieldError error) {
        String path = error.path();
        while (!path.isEmpty()) {
            Place place = places.get(path);
            if (place != null) {
                return error(new CellProblem(place.sheet(), place.row(), place.column(), "Không hợp lệ: " + error.message(),
                        error.message()));
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return error;
    }

    /** A problem as the house's field error: the path names the sheet, row and column; the message is Vietnamese / English. */
    static FieldError error(CellProblem p) {
        String where = p.sheet() == null ? "" : p.sheet() + (p.row() > 0 ? ", dòng " + p.row() : "")
                + (p.column() == null ? "" : ", cột " + p.column());
        return new FieldError(where, p.messageVi().startsWith("Không hợp lệ: ") ? p.messageVi() : p.messageVi() + " / " + p.messageEn());
    }

    private Map<String, String> session(Sheet sheet) {
        Map<String, String> values = new HashMap<>();
        if (sheet == null) {
            missing(BallotSheet.SESSION);
            return values;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String key = row == null ? null : text(row.getCell(1));
            if (key == null) {
                continue;
            }
            BallotSheet.Column field = BallotSheet.SESSION_FIELDS.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
            if (field == null) {
                problem(BallotSheet.SESSION, r + 1, "Trường (B" + (r + 1) + ")", "Trường không có trong mẫu: " + key, "Unknown field: " + key);
                continue;
            }
            Cell cell = row.getCell(2);
            Place place = new Place(BallotSheet.SESSION, r + 1, field.label() + " (C" + (r + 1) + ")");
            places.put(key, place);
            String value = switch (key) {
                case "heldOn" -> date(cell, place);
                case "startsAt" -> time(cell);
                default -> text(cell);
            };
            if (value != null) {
                values.put(key, value);
            }
        }
        String run = values.get("run");
        if (run != null && !run.equals(Long.toString(runId))) {
            Place place = places.get("run");
            problem(place.sheet(), place.row(), place.column(), "bảng phiếu này lập cho lần đánh giá số " + run + ", không phải số " + runId,
                    "this ballot workbook was made for run " + run + ", not run " + runId);
        }
        return values;
    }

    /** The data rows of a sheet with a header row and a field row, blank rows left out. */
    private List<Line> lines(Sheet sheet, String name, List<BallotSheet.Column> spec) {
        List<Line> lines = new ArrayList<>();
        if (sheet == null) {
            missing(name);
            return lines;
        }
        Row keys = sheet.getRow(1);
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (keys != null) {
            for (Cell cell : keys) {
                String key = text(cell);
                if (key == null) {
                    continue;
                }
                if (spec.stream().noneMatch(c -> c.key().equals(key))) {
                    problem(name, 2, CellReference.convertNumToColString(cell.getColumnIndex()) + "2", "Cột không có trong mẫu: " + key,
                            "Unknown column: " + key);
                } else {
                    columns.putIfAbsent(key, cell.getColumnIndex());
                }
            }
        }
        for (BallotSheet.Column column : spec) {
            if (column.required() && !columns.containsKey(column.key())) {
                problem(name, 2, null, "Thiếu cột " + column.label() + " (trường " + column.key() + " ở dòng 2)",
                        "The column " + column.key() + " is missing from row 2");
            }
        }
        for (int r = BallotSheet.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && columns.values().stream().anyMatch(c -> text(row.getCell(c)) != null)) {
                lines.add(new Line(name, spec, row, columns));
            }
        }
        return lines;
    }

    /** One data row of the members or ballots sheet. */
    private final class Line {

        private final String sheet;
        private final List<BallotSheet.Column> spec;
        private final Row row;
        private final Map<String, Integer> columns;

        Line(String sheet, List<BallotSheet.Column> spec, Row row, Map<String, Integer> columns) {
            this.sheet = sheet;
            this.spec = spec;
            this.row = row;
            this.columns = columns;
        }

        /** Remembers where the fields of the object at {@code at} are. */
        void remember(String at) {
            places.put(at, new Place(sheet, row.getRowNum() + 1, null));
            columns.keySet().forEach(key -> places.put(at + "." + key, place(key)));
        }

        String text(String key) {
            Integer c = columns.get(key);
            return c == null ? null : BallotSheetReader.text(row.getCell(c));
        }

        boolean blank(String key) {
            return text(key) == null;
        }

        Integer count(String key) {
            String value = text(key);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replace(" ", "")).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                Place place = place(key);
                problem(place.sheet(), place.row(), place.column(), "cần một số nguyên, ô ghi \"" + value + "\"",
                        "expected a whole number, found \"" + value + "\"");
                return null;
            }
        }

        private Place place(String key) {
            Integer c = columns.get(key);
            return new Place(sheet, row.getRowNum() + 1, BallotSheet.label(spec, key)
                    + (c == null ? "" : " (" + CellReference.convertNumToColString(c) + (row.getRowNum() + 1) + ")"));
        }
    }

    private String date(Cell cell, Place place) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_FIRST).toString() : LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            problem(place.sheet(), place.row(), place.column(), "cần một ngày dạng dd/mm/yyyy, ô ghi \"" + text + "\"",
                    "expected a date as dd/mm/yyyy, found \"" + text + "\"");
            return null;
        }
    }

    private static String time(Cell cell) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            // Excel keeps a time of day as a fraction of a day.
            long minutes = Math.round(cell.getNumericCellValue() % 1 * 24 * 60) % (24 * 60);
            return String.format("%02d:%02d", minutes / 60, minutes % 60);
        }
        String text = text(cell);
        return text != null && text.matches("\\d:\\d\\d") ? "0" + text : text;
    }

    private Long whole(String key, Map<String, String> values) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            Place place = places.get(key);
            problem(place.sheet(), place.row(), place.column(), "cần một số nguyên, ô ghi \"" + value + "\"",
                    "expected a whole number, found \"" + value + "\"");
            return null;
        }
    }

    /** The cell as text: a number without its trailing zeros, anything else as Excel shows it; null when empty. */
    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                : FORMAT.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }

    private void missing(String sheet) {
        problem(sheet, 0, null, "Thiếu trang " + sheet + " của mẫu phiếu", "The sheet " + sheet + " of the ballot workbook is missing");
    }

    private void problem(String sheet, int row, String column, String vi, String en) {
        problems.add(new CellProblem(sheet, row, column, vi, en));
    }
}

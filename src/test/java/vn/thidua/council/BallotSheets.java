package vn.thidua.council;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Filling a downloaded ballot workbook as the secretariat would, with POI: cells found by the field of row 2. */
public final class BallotSheets {

    private BallotSheets() {
    }

    public static void fillSession(XSSFWorkbook workbook, String heldOn) {
        Sheet session = workbook.getSheet("Phiên họp");
        Map<String, Object> values = Map.of("heldOn", heldOn, "startsAt", "8:00", "place", "Hội trường UBND xã Đạ R'sal",
                "councilName", "Hội đồng Thi đua - Khen thưởng xã Đạ R'sal", "chair", "M1", "secretary", "M9");
        for (Row row : session) {
            Cell key = row.getCell(1);
            if (key != null && values.containsKey(key.getStringCellValue())) {
                row.getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue((String) values.get(key.getStringCellValue()));
            }
        }
    }

    public static void fillMembers(XSSFWorkbook workbook, List<SessionInput.Member> members) {
        Sheet sheet = workbook.getSheet("Thành viên");
        for (int i = 0; i < members.size(); i++) {
            SessionInput.Member m = members.get(i);
            set(sheet, 2 + i, "id", m.id());
            set(sheet, 2 + i, "name", m.name());
            set(sheet, 2 + i, "position", m.position());
            set(sheet, 2 + i, "unit", m.unit());
            set(sheet, 2 + i, "attendance", switch (m.attendance()) {
                case "PRESENT" -> "Có mặt";
                case "ABSENT_WRITTEN" -> "Vắng - có ý kiến bằng văn bản";
                default -> "Vắng";
            });
        }
    }

    /** Sets the cell of a row (0-based) in the column whose row-2 field is {@code key}; "value" is column C of the session sheet. */
    public static void set(Sheet sheet, int row, String key, Object value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.getCell(column(sheet, key), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue((String) value);
        }
    }

    public static String text(Sheet sheet, int row, String key) {
        Cell cell = sheet.getRow(row) == null ? null : sheet.getRow(row).getCell(column(sheet, key));
        return cell == null || cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
    }

    static int column(Sheet sheet, String key) {
        if (key.equals("value")) {
            return 2;
        }
        for (Cell cell : sheet.getRow(1)) {
            if (key.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + key + " in " + sheet.getSheetName());
    }

    public static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

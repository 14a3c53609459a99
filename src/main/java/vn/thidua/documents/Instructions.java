package vn.thidua.documents;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet: how to fill the workbook, and which sheet holds which list. */
final class Instructions {

    static final String SHEET = "Hướng dẫn";

    private static final String[] LINES = {
        "Mẫu nhập hồ sơ đề nghị thi đua, khen thưởng (thidua) — Evaluation request template",
        "",
        "Mỗi trang tính là một danh sách; dòng 1 là tên cột, dòng 2 là tên trường (không sửa dòng 2); dữ liệu từ dòng 3.",
        "Each sheet is one list; row 1 is the header, row 2 the field name (do not edit), data start at row 3.",
        "Cột có dấu * là bắt buộc. Ngày ghi theo dạng yyyy-mm-dd (ví dụ 2025-12-31). Có/không ghi TRUE/FALSE.",
        "Columns marked * are required. Dates as yyyy-mm-dd. Yes/no as TRUE/FALSE.",
        "Nhiều mã trong một ô (ví dụ đề nghị nhiều danh hiệu) ngăn cách bằng dấu chấm phẩy ;",
        "Several codes in one cell are separated by semicolons.",
        "Trang con (ví dụ \"CN - xếp loại\") ghi ở cột đầu mã của cá nhân, tập thể hoặc hộ mà dòng đó thuộc về;",
        "trang của thành viên hộ ghi số dòng của hộ; trang xử phạt của thành viên ghi số dòng của thành viên.",
        "A sub-sheet's first column names the owner by its id, or by its row number where the owner has no id.",
        "",
        "Trang tính / Sheet  →  danh sách / list",
    };

    private Instructions() {
    }

    static void write(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.createSheet(SHEET);
        int index = 0;
        for (String line : LINES) {
            sheet.createRow(index++).createCell(0).setCellValue(line);
        }
        for (WorkbookSchema.Sheet spec : WorkbookSchema.sheets()) {
            Row row = sheet.createRow(index++);
            row.createCell(0).setCellValue(spec.name());
            row.createCell(1).setCellValue(spec.path().isEmpty() ? "schemaVersion, period" : spec.path());
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 40 * 256);
    }
}

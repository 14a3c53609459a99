package vn.thidua.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's workbooks: the report itself (the years with each group, the units, the awards, where the
 * figures come from), in the reader's language, and the national statistical form Biểu 0603 of each year,
 * in Vietnamese as the form is. Counts are number cells, shares number cells in percent.
 */
@Component
public class ReportDocuments {

    private final MessageSource texts;

    ReportDocuments(MessageSource texts) {
        this.texts = texts;
    }

    /** The report as a workbook: sheets of the years, the units, the awards and the sources. */
    public byte[] workbook(FocusReport report, Locale locale) {
        ReportTables tables = new ReportTables(texts, locale);
        boolean en = "en".equals(locale.getLanguage());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            sheet(workbook, styles, en ? "Years" : "Theo năm", tables.heading(report), tables.years(report));
            sheet(workbook, styles, en ? "Units" : "Theo đơn vị", tables.heading(report), tables.units(report, false));
            sheet(workbook, styles, en ? "Awards" : "Theo khen thưởng", tables.heading(report), tables.awards(report, false));
            sheet(workbook, styles, en ? "Sources" : "Nguồn số liệu", tables.heading(report), tables.sources(report));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Biểu số 0603.N/BNV-TĐKT of each year of the report, one sheet a year, as the form lays it out
     * (columns A, B, C, 1 to 5), with a note of what the application cannot count.
     */
    public byte[] bieu0603(FocusReport report) {
        ReportTables tables = new ReportTables(texts, Locale.forLanguageTag("vi"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (FocusReport.Form0603 form : report.forms()) {
                XSSFSheet sheet = workbook.createSheet("Năm " + form.year());
                int r = 0;
                cell(sheet, r, 0, "Biểu số: 0603.N/BNV-TĐKT", styles.bold);
                cell(sheet, r++, 4, "Đơn vị báo cáo: " + (report.unit() == null ? "" : report.unitName() == null ? report.unit()
                        : report.unitName()), null);
                cell(sheet, r++, 0, "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", null);
                cell(sheet, r, 0, "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
                        styles.bold);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
                r++;
                cell(sheet, r++, 0, "Năm " + form.year() + " — " + tables.text("report.source." + form.source().name(), form.year()), null);
                r++;
                int head = r;
                String[] top = {"", "Mã số", "Đơn vị tính", "Tổng số", "Chia ra", "", "", ""};
                String[] below = {"", "", "", "", "Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
                    "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
                    "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương"};
                String[] letters = {"A", "B", "C", "1", "2", "3", "4", "5"};
                for (String[] line : List.of(top, below, letters)) {
                    for (int c = 0; c < line.length; c++) {
                        cell(sheet, r, c, line[c], styles.header);
                    }
                    r++;
                }
                sheet.addMergedRegion(new CellRangeAddress(head, head, 4, 7));
                for (int c = 0; c < 4; c++) {
                    sheet.addMergedRegion(new CellRangeAddress(head, head + 1, c, c));
                }
                int row = 0;
                for (String[] line : Bieu0603.ROWS) {
                    boolean section = line[2] == null;
                    cell(sheet, r, 0, line[1], section || line[0].equals("01") ? styles.bold : null);
                    cell(sheet, r, 1, line[0], null);
                    cell(sheet, r, 2, section ? "" : line[2], null);
                    if (!section) {
                        List<Long> cells = form.rows().get(row++).cells();
                        for (int c = 0; c < cells.size(); c++) {
                            if (cells.get(c) != null) {
                                number(sheet, r, 3 + c, cells.get(c));
                            }
                        }
                    }
                    r++;
                }
                r++;
                cell(sheet, r++, 0, tables.text("report.bieu.note"), null);
                sheet.setColumnWidth(0, 70 * 256);
                for (int c = 1; c < 8; c++) {
                    sheet.setColumnWidth(c, (c < 3 ? 12 : 18) * 256);
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, String name, String heading, ReportTables.Table table) {
        XSSFSheet sheet = workbook.createSheet(name);
        cell(sheet, 0, 0, table.title(), styles.bold);
        cell(sheet, 1, 0, heading, null);
        int r = 3;
        for (int c = 0; c < table.header().size(); c++) {
            cell(sheet, r, c, table.header().get(c), styles.header);
        }
        for (List<Object> values : table.rows()) {
            r++;
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Long n) {
                    number(sheet, r, c, n);
                } else if (value instanceof BigDecimal share) {
                    row(sheet, r).createCell(c).setCellValue(share.doubleValue());
                } else if (value != null) {
                    cell(sheet, r, c, value.toString(), null);
                }
            }
        }
        for (int c = 0; c < table.header().size(); c++) {
            sheet.setColumnWidth(c, (c < 2 ? 28 : 16) * 256);
        }
    }

    private static Row row(XSSFSheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private static void cell(XSSFSheet sheet, int r, int c, String text, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(XSSFSheet sheet, int r, int c, long n) {
        row(sheet, r).createCell(c).setCellValue(n);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static final class Styles {

        private final CellStyle bold;
        private final CellStyle header;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            header = workbook.createCellStyle();
            header.setFont(font);
            header.setWrapText(true);
        }
    }
}

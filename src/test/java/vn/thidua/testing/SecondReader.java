package vn.thidua.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A workbook as a second reader sees it: fastexcel-reader parses the .xlsx with its own streaming
 * XML reader, independent of Apache POI, which writes the files. Each sheet by name, each row as the
 * text of its cells (numbers without trailing zeros, yes/no as true/false), in the order the file holds them.
 */
public final class SecondReader {

    private SecondReader() {
    }

    public static Map<String, List<List<String>>> sheets(byte[] xlsx) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(row -> {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            Cell cell = row.getCell(i);
                            cells.add(cell == null ? "" : text(cell));
                        }
                        rows.add(cells);
                    });
                }
                sheets.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    /**
     * Asserts that POI, which wrote the workbook, and the second reader find the same sheets, the same
     * rows and, cell by cell, the same texts, numbers and yes/no values (formulas are left out: the
     * second reader does not compute them). Returns how many cells were compared.
     */
    public static int assertAgreesWithPoi(byte[] xlsx) {
        Map<String, List<List<String>>> second = sheets(xlsx);
        int compared = 0;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook poi = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            poi.forEach(sheet -> names.add(sheet.getSheetName()));
            org.assertj.core.api.Assertions.assertThat(second.keySet()).as("sheets").containsExactlyElementsOf(names);
            for (org.apache.poi.ss.usermodel.Sheet sheet : poi) {
                List<List<String>> rows = second.get(sheet.getSheetName());
                org.assertj.core.api.Assertions.assertThat(rows).as("rows of " + sheet.getSheetName()).hasSize(sheet.getPhysicalNumberOfRows());
                int index = 0;
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    List<String> cells = rows.get(index++);
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        String seen = cell.getColumnIndex() < cells.size() ? cells.get(cell.getColumnIndex()) : "";
                        switch (cell.getCellType()) {
                            case STRING -> org.assertj.core.api.Assertions.assertThat(seen).as(where).isEqualTo(cell.getStringCellValue());
                            case NUMERIC -> org.assertj.core.api.Assertions.assertThat(new java.math.BigDecimal(seen))
                                    .as(where).isEqualByComparingTo(java.math.BigDecimal.valueOf(cell.getNumericCellValue()));
                            case BOOLEAN -> org.assertj.core.api.Assertions.assertThat(seen).as(where)
                                    .isEqualToIgnoringCase(Boolean.toString(cell.getBooleanCellValue()));
                            case BLANK -> org.assertj.core.api.Assertions.assertThat(seen).as(where).isEmpty();
                            default -> {
                                continue;
                            }
                        }
                        compared++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compared;
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.asBoolean());
            case EMPTY -> "";
            default -> cell.getRawValue() == null ? "" : cell.getText();
        };
    }
}

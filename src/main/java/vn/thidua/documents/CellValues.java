package vn.thidua.documents;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** One cell as the JSON value its column asks for; a cell that cannot be one is reported in Vietnamese and English. */
final class CellValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CellValues() {
    }

    /** The value, or null for an empty cell or one reported as a problem ({vi, en}). */
    static JsonNode read(Cell cell, WorkbookSchema.Column column, DataFormatter format, Consumer<String[]> problem) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                : format.formatCellValue(cell).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (column.list()) {
            ArrayNode items = NODES.arrayNode();
            for (String item : text.split(";")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return items;
        }
        Class<?> target = column.type();
        if (WorkbookSchema.isNumber(target)) {
            return number(text, target == BigDecimal.class, problem);
        }
        if (target == Boolean.class || target == boolean.class) {
            return bool(type == CellType.BOOLEAN ? Boolean.toString(cell.getBooleanCellValue()) : text, problem);
        }
        if (WorkbookSchema.isDate(target) && type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return NODES.stringNode(WorkbookReader.date(cell).toString());
        }
        return NODES.stringNode(text);
    }

    private static JsonNode number(String text, boolean decimal, Consumer<String[]> problem) {
        try {
            BigDecimal value = new BigDecimal(text.replace(" ", ""));
            if (decimal) {
                return NODES.numberNode(value);
            }
            BigInteger whole = value.toBigIntegerExact();
            return whole.bitLength() < 64 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
        } catch (NumberFormatException | ArithmeticException e) {
            problem.accept(new String[] {"cần một số nguyên, ô ghi \"" + text + "\"", "expected a whole number, found \"" + text + "\""});
            return null;
        }
    }

    private static JsonNode bool(String text, Consumer<String[]> problem) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "có", "x", "yes", "1":
                return NODES.booleanNode(true);
            case "false", "không", "no", "0":
                return NODES.booleanNode(false);
            default:
                problem.accept(new String[] {"cần TRUE hoặc FALSE (có/không), ô ghi \"" + text + "\"",
                    "expected TRUE or FALSE, found \"" + text + "\""});
                return null;
        }
    }
}

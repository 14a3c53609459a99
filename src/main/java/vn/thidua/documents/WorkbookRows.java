package vn.thidua.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import tools.jackson.databind.JsonNode;

/** Writes a request's JSON tree into the sheets of the schema, owners before what they own. */
final class WorkbookRows {

    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private final Map<WorkbookSchema.Sheet, XSSFSheet> sheets;
    private final Map<WorkbookSchema.Sheet, Integer> next = new HashMap<>();

    WorkbookRows(Map<WorkbookSchema.Sheet, XSSFSheet> sheets) {
        this.sheets = sheets;
    }

    void write(JsonNode root) {
        for (WorkbookSchema.Sheet spec : WorkbookSchema.sheets()) {
            if (spec.field() == null) {
                row(spec, root, null);
            } else if (spec.owner() == null) {
                for (JsonNode item : root.path(spec.field())) {
                    rowWithChildren(spec, item, null);
                }
            }
        }
    }

    private void rowWithChildren(WorkbookSchema.Sheet spec, JsonNode item, String owner) {
        int excelRow = row(spec, item, owner);
        String key = spec.keyField() != null ? item.path(spec.keyField()).asString() : Integer.toString(excelRow);
        for (WorkbookSchema.Sheet child : children(spec)) {
            for (JsonNode element : item.path(child.field())) {
                rowWithChildren(child, element, key);
            }
        }
    }

    /** Writes one row and returns its number as Excel shows it. */
    private int row(WorkbookSchema.Sheet spec, JsonNode item, String owner) {
        int index = next.merge(spec, 1, Integer::sum) - 1 + RequestWorkbooks.HEADER_ROWS;
        Row row = sheets.get(spec).createRow(index);
        int column = 0;
        if (spec.owner() != null) {
            row.createCell(column++).setCellValue(owner);
        }
        for (WorkbookSchema.Column col : spec.columns()) {
            JsonNode value = at(item, col.key());
            if (value != null && !value.isNull() && !value.isMissingNode()) {
                set(row.createCell(column), value, col);
            }
            column++;
        }
        return index + 1;
    }

    private static void set(Cell cell, JsonNode value, WorkbookSchema.Column col) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asString()));
            cell.setCellValue(String.join("; ", items));
        } else if (value.isBoolean()) {
            cell.setCellValue(value.asBoolean());
        } else if (value.isIntegralNumber() && Math.abs(value.asLong()) < EXACT_IN_DOUBLE) {
            cell.setCellValue(value.asLong());
        } else if (value.isNumber()) {
            cell.setCellValue(value.asString());
        } else {
            cell.setCellValue(value.asString());
        }
    }

    static JsonNode at(JsonNode item, String key) {
        JsonNode node = item;
        for (String step : key.split("\\.")) {
            node = node == null ? null : node.get(step);
        }
        return node;
    }

    static List<WorkbookSchema.Sheet> children(WorkbookSchema.Sheet owner) {
        return WorkbookSchema.sheets().stream().filter(s -> s.owner() == owner).toList();
    }
}

package vn.thidua.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.ValidationException;

/**
 * Reads a workbook into the request's JSON tree, remembering which cell each value came from, then
 * hands the tree to the request reader, so a workbook is checked by exactly the rules a JSON request
 * is; each error's JSON path is turned back into its sheet, row and column.
 */
final class WorkbookReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DataFormatter FORMAT = new DataFormatter();

    /** Where a value or a row came from. */
    private record Place(String sheet, int row, String column) {
    }

    private final RequestReader reader;
    private final long maxBytes;
    private final List<CellProblem> problems = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();

    WorkbookReader(RequestReader reader, long maxBytes) {
        this.reader = reader;
        this.maxBytes = maxBytes;
    }

    EvaluationRequest read(InputStream xlsx) {
        ObjectNode root = NODES.objectNode();
        try (XSSFWorkbook workbook = open(xlsx)) {
            Map<WorkbookSchema.Sheet, Map<String, String>> owners = new HashMap<>();
            for (WorkbookSchema.Sheet spec : WorkbookSchema.sheets()) {
                Sheet sheet = workbook.getSheet(spec.name());
                if (sheet != null) {
                    read(sheet, spec, root, owners);
                }
            }
        } catch (IOException e) {
            throw new WorkbookException(List.of(problem(null, 0, null, "Không đọc được tệp: " + e.getMessage(),
                    "The file cannot be read: " + e.getMessage())));
        }
        EvaluationRequest request = null;
        try {
            request = reader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                Place place = locate(error.path());
                if (problems.stream().noneMatch(p -> same(p, place))) {
                    problems.add(problem(place.sheet(), place.row(), place.column(), "Không hợp lệ: " + error.message(),
                            error.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkbookException(problems);
        }
        return request;
    }

    private XSSFWorkbook open(InputStream xlsx) throws IOException {
        byte[] bytes = xlsx.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new WorkbookException(List.of(problem(null, 0, null, "Tệp lớn hơn giới hạn " + maxBytes + " byte",
                    "The file is larger than the limit of " + maxBytes + " bytes")));
        }
        // Refuses zip bombs: entries that inflate more than 100 times, or beyond the import limit.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(Math.max(maxBytes * 4, 1 << 20));
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (RuntimeException | IOException e) {
            throw new WorkbookException(List.of(problem(null, 0, null,
                    "Tệp không phải bảng tính Excel .xlsx hợp lệ: " + e.getMessage(),
                    "The file is not a valid Excel .xlsx workbook: " + e.getMessage())));
        }
    }

    private void read(Sheet sheet, WorkbookSchema.Sheet spec, ObjectNode root, Map<WorkbookSchema.Sheet, Map<String, String>> owners) {
        Row keys = sheet.getRow(1);
        if (keys == null) {
            problems.add(problem(spec.name(), 2, null, "Thiếu dòng 2 (tên trường)", "Row 2 (the field names) is missing"));
            return;
        }
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (Cell cell : keys) {
            String key = FORMAT.formatCellValue(cell).strip();
            if (key.isEmpty()) {
                continue;
            }
            boolean known = key.equals(spec.ownerColumn()) || spec.columns().stream().anyMatch(c -> c.key().equals(key));
            if (!known) {
                problems.add(problem(spec.name(), 2, key, "Cột không có trong mẫu: " + key, "Unknown column: " + key));
            } else {
                columns.put(cell.getColumnIndex(), key);
            }
        }
        Map<String, String> keyed = new HashMap<>();
        owners.put(spec, keyed);
        for (int r = RequestWorkbooks.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row, columns)) {
                continue;
            }
            int excelRow = r + 1;
            String objectPath = place(spec, row, excelRow, columns, root, owners);
            if (objectPath == null) {
                continue;
            }
            ObjectNode item = objectPath.isEmpty() ? root : locateObject(root, objectPath);
            places.put(objectPath, new Place(spec.name(), excelRow, null));
            for (Map.Entry<Integer, String> column : columns.entrySet()) {
                if (column.getValue().startsWith("@")) {
                    continue;
                }
                WorkbookSchema.Column col = spec.columns().stream().filter(c -> c.key().equals(column.getValue())).findFirst().orElseThrow();
                Cell cell = row.getCell(column.getKey());
                JsonNode value = CellValues.read(cell, col, FORMAT, problem -> problems.add(
                        problem(spec.name(), excelRow, Labels.vi(col.key()), problem[0], problem[1])));
                if (value != null) {
                    setPath(item, col.key(), value);
                    places.put(join(objectPath, col.key()), new Place(spec.name(), excelRow, Labels.vi(col.key())));
                }
            }
            String key = spec.keyField() != null ? text(row, columns, spec.keyField()) : Integer.toString(excelRow);
            if (key != null && !key.isEmpty()) {
                keyed.putIfAbsent(key, objectPath);
            }
        }
    }

    /** Adds an empty object for the row where it belongs and returns its JSON path, or null when its owner is unknown. */
    private String place(WorkbookSchema.Sheet spec, Row row, int excelRow, Map<Integer, String> columns, ObjectNode root,
            Map<WorkbookSchema.Sheet, Map<String, String>> owners) {
        if (spec.field() == null) {
            return "";
        }
        ObjectNode parent = root;
        String parentPath = "";
        if (spec.owner() != null) {
            String owner = text(row, columns, spec.ownerColumn());
            parentPath = owner == null ? null : owners.getOrDefault(spec.owner(), Map.of()).get(owner);
            if (parentPath == null) {
                problems.add(problem(spec.name(), excelRow, Labels.vi(spec.ownerColumn()),
                        "Không tìm thấy " + (owner == null ? "(trống)" : owner) + " trong trang " + spec.owner().name(),
                        "No " + (owner == null ? "(empty)" : owner) + " in sheet " + spec.owner().name()));
                return null;
            }
            parent = locateObject(root, parentPath);
        }
        JsonNode existing = parent.get(spec.field());
        ArrayNode list = existing instanceof ArrayNode array ? array : parent.putArray(spec.field());
        list.addObject();
        return join(parentPath, spec.field()) + "[" + (list.size() - 1) + "]";
    }

    private static ObjectNode locateObject(ObjectNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            node = bracket < 0 ? node.get(step) : node.get(step.substring(0, bracket))
                    .get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
        }
        return (ObjectNode) node;
    }

    private static void setPath(ObjectNode item, String key, JsonNode value) {
        String[] steps = key.split("\\.");
        ObjectNode node = item;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode child = node.get(steps[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(steps[i]);
        }
        node.set(steps[steps.length - 1], value);
    }

    /** The sheet, row and column of a JSON path: the value's own cell, else the row of its nearest object. */
    private Place locate(String path) {
        Place exact = places.get(path);
        if (exact != null) {
            return exact;
        }
        String object = path;
        while (!object.isEmpty()) {
            int cut = Math.max(object.lastIndexOf('.'), object.lastIndexOf('['));
            String rest = path.substring(cut < 0 ? 0 : cut).replaceFirst("^[.]", "");
            object = cut < 0 ? "" : object.substring(0, cut);
            Place row = places.get(object);
            if (row != null) {
                String column = rest.replaceAll("\\[\\d+]$", "");
                return new Place(row.sheet(), row.row(), column.isEmpty() || column.startsWith("[") ? null : Labels.vi(column));
            }
        }
        Place period = places.get("");
        return period != null && !path.isEmpty() ? new Place(period.sheet(), period.row(), Labels.vi(path))
                : new Place(null, 0, null);
    }

    private static boolean same(CellProblem problem, Place place) {
        return java.util.Objects.equals(problem.sheet(), place.sheet()) && problem.row() == place.row()
                && java.util.Objects.equals(problem.column(), place.column());
    }

    private static String text(Row row, Map<Integer, String> columns, String key) {
        for (Map.Entry<Integer, String> column : columns.entrySet()) {
            if (column.getValue().equals(key)) {
                Cell cell = row.getCell(column.getKey());
                if (cell == null) {
                    return null;
                }
                if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                    BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                    return number.toPlainString();
                }
                return FORMAT.formatCellValue(cell).strip();
            }
        }
        return null;
    }

    private static boolean blank(Row row, Map<Integer, String> columns) {
        for (Integer index : columns.keySet()) {
            Cell cell = row.getCell(index);
            if (cell != null && cell.getCellType() != CellType.BLANK && !FORMAT.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static CellProblem problem(String sheet, int row, String column, String vi, String en) {
        return new CellProblem(sheet, row, column, vi, en);
    }

    static LocalDate date(Cell cell) {
        return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}

package vn.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.system.ThiduaProperties;

/**
 * The evaluation request as an Excel workbook (docs/request-and-result.md §1, one sheet per list): an
 * empty template to fill in, a filled workbook from a request, and a request read back from an
 * uploaded workbook through the same validation as JSON. Row 1 of each sheet holds the Vietnamese
 * header, row 2 the JSON field, data start at row 3.
 */
@Component
public class RequestWorkbooks {

    static final int HEADER_ROWS = 2;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestReader reader;
    private final long maxBytes;

    RequestWorkbooks(RequestReader reader, ThiduaProperties properties) {
        this.reader = reader;
        this.maxBytes = properties.imports().maxBytes();
    }

    /** An empty workbook with every sheet, both header rows, the instructions and the lists of codes. */
    public byte[] template() {
        return write(null);
    }

    /** A workbook holding {@code request}, which {@link #read} gives back equal. */
    public byte[] write(EvaluationRequest request) {
        JsonNode root = request == null ? JSON.createObjectNode() : JSON.valueToTree(request);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Instructions.write(workbook);
            CellStyle header = headerStyle(workbook);
            Map<WorkbookSchema.Sheet, XSSFSheet> sheets = new HashMap<>();
            for (WorkbookSchema.Sheet spec : WorkbookSchema.sheets()) {
                XSSFSheet sheet = workbook.createSheet(spec.name());
                sheets.put(spec, sheet);
                headers(sheet, spec, header);
            }
            if (request != null) {
                new WorkbookRows(sheets).write(root);
            }
            for (WorkbookSchema.Sheet spec : WorkbookSchema.sheets()) {
                validations(sheets.get(spec), spec);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an uploaded workbook as a request.
     *
     * @throws WorkbookException with every problem by sheet, row and column; nothing is kept
     */
    public EvaluationRequest read(InputStream xlsx) {
        return new WorkbookReader(reader, maxBytes).read(xlsx);
    }

    private static void headers(XSSFSheet sheet, WorkbookSchema.Sheet spec, CellStyle style) {
        Row labels = sheet.createRow(0);
        Row keys = sheet.createRow(1);
        int column = 0;
        if (spec.owner() != null) {
            header(labels, keys, column++, spec.ownerColumn(), Labels.vi(spec.ownerColumn()) + " (" + spec.owner().name() + ")", style);
        }
        for (WorkbookSchema.Column col : spec.columns()) {
            header(labels, keys, column++, col.key(), Labels.vi(col.key()) + (col.required() ? " *" : ""), style);
        }
        sheet.createFreezePane(0, HEADER_ROWS);
        for (int c = 0; c < column; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private static void header(Row labels, Row keys, int column, String key, String label, CellStyle style) {
        Cell top = labels.createCell(column);
        top.setCellValue(label);
        top.setCellStyle(style);
        Cell bottom = keys.createCell(column);
        bottom.setCellValue(key);
    }

    private static void validations(XSSFSheet sheet, WorkbookSchema.Sheet spec) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int column = spec.owner() == null ? 0 : 1;
        for (WorkbookSchema.Column col : spec.columns()) {
            if (col.type().isEnum() && !col.list()) {
                String[] values = Arrays.stream(col.type().getEnumConstants()).map(Object::toString).toArray(String[]::new);
                if (String.join(",", values).length() < 250) {
                    var validation = helper.createValidation(helper.createExplicitListConstraint(values),
                            new CellRangeAddressList(HEADER_ROWS, 5000, column, column));
                    validation.setShowErrorBox(true);
                    sheet.addValidationData(validation);
                }
            }
            column++;
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        return style;
    }

    static List<String> enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }
}

package vn.thidua.documents;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Required;

/**
 * The request's layout as sheets, derived from the request records themselves (as the JSON
 * validator is), so the workbook covers the whole request format: one sheet per list of records, nested
 * records flattened into dotted columns, lists of codes in one cell separated by ";", and a list
 * inside a list on its own sheet whose rows name their owner.
 */
final class WorkbookSchema {

    /** One column: its key (the field path inside the row's record), its Java type, whether required. */
    record Column(String key, Class<?> type, boolean required, boolean list) {
    }

    /**
     * One sheet: its name, its path of fields from the request, the JSON field holding its rows in the
     * owner ({@code field}), the sheet of the owner (null for the request's own lists), and its columns.
     */
    record Sheet(String name, String path, String field, Sheet owner, Class<?> type, List<Column> columns) {

        /** The owner column's header key, or null for a top-level sheet. */
        String ownerColumn() {
            return owner == null ? null : "@" + (owner.keyField() != null ? owner.keyField() : "row");
        }

        /** The field that names a row of this sheet ({@code id} or {@code code}), or null. */
        String keyField() {
            return columns.stream().map(Column::key).filter(k -> k.equals("id") || k.equals("code")).findFirst().orElse(null);
        }
    }

    static final String PERIOD_SHEET = "Kỳ đánh giá";
    private static final Map<String, String> NAMES = names();
    private static final List<Sheet> SHEETS = derive();

    private WorkbookSchema() {
    }

    static List<Sheet> sheets() {
        return SHEETS;
    }

    static Sheet byName(String name) {
        return SHEETS.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static List<Sheet> derive() {
        List<Sheet> sheets = new ArrayList<>();
        List<Column> top = new ArrayList<>();
        for (RecordComponent component : EvaluationRequest.class.getRecordComponents()) {
            Class<?> element = elementType(component.getGenericType());
            if (element != null && element.isRecord()) {
                sheet(sheets, component.getName(), component.getName(), null, element);
            } else {
                columns(top, "", component.getName(), component.getType(), component.getGenericType(),
                        component.isAnnotationPresent(Required.class));
            }
        }
        sheets.add(0, new Sheet(PERIOD_SHEET, "", null, null, EvaluationRequest.class, top));
        return List.copyOf(sheets);
    }

    private static void sheet(List<Sheet> sheets, String path, String field, Sheet owner, Class<?> type) {
        List<Column> columns = new ArrayList<>();
        List<RecordComponent> children = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> element = elementType(component.getGenericType());
            if (element != null && element.isRecord()) {
                children.add(component);
            } else {
                columns(columns, "", component.getName(), component.getType(), component.getGenericType(),
                        component.isAnnotationPresent(Required.class));
            }
        }
        Sheet sheet = new Sheet(NAMES.getOrDefault(path, shorten(path)), path, field, owner, type, List.copyOf(columns));
        sheets.add(sheet);
        for (RecordComponent child : children) {
            sheet(sheets, path + "." + child.getName(), child.getName(), sheet, elementType(child.getGenericType()));
        }
    }

    private static void columns(List<Column> columns, String prefix, String name, Class<?> type, Type generic, boolean required) {
        String key = prefix + name;
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                columns(columns, key + ".", component.getName(), component.getType(), component.getGenericType(),
                        required && component.isAnnotationPresent(Required.class));
            }
        } else if (List.class.isAssignableFrom(type)) {
            columns.add(new Column(key, elementType(generic), required, true));
        } else {
            columns.add(new Column(key, type, required, false));
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    static boolean isNumber(Class<?> type) {
        return type == Integer.class || type == Long.class || type == int.class || type == long.class || type == BigDecimal.class;
    }

    static boolean isDate(Class<?> type) {
        return type == LocalDate.class;
    }

    private static String shorten(String path) {
        return path.length() <= 31 ? path : path.substring(path.length() - 31);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        String[][] pairs = {
            {"units", "Đơn vị"}, {"individuals", "Cá nhân"}, {"collectives", "Tập thể"}, {"households", "Hộ gia đình"},
            {"quotas", "Chỉ tiêu"}, {"quotas.reserved", "Chỉ tiêu - dành riêng"},
        };
        for (String[] pair : pairs) {
            names.put(pair[0], pair[1]);
        }
        String[][] owners = {{"individuals", "CN"}, {"collectives", "TT"}, {"households", "HGĐ"}};
        String[][] lists = {{"ratings", "xếp loại"}, {"attestations", "xác nhận"}, {"leaves", "nghỉ"}, {"transfers", "điều động"},
            {"disciplines", "kỷ luật"}, {"pendingProceedings", "đang xem xét"}, {"adminSanctions", "xử phạt HC"},
            {"initiatives", "sáng kiến"}, {"scienceWorks", "đề tài"}, {"titles", "danh hiệu"}, {"commendations", "khen thưởng"},
            {"members", "thành viên"}, {"contributions", "đóng góp"}};
        for (String[] owner : owners) {
            for (String[] list : lists) {
                names.put(owner[0] + "." + list[0], owner[1] + " - " + list[1]);
            }
        }
        names.put("households.members.adminSanctions", "HGĐ - thành viên - xử phạt");
        return Map.copyOf(names);
    }
}

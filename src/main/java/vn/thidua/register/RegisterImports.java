package vn.thidua.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;

/**
 * Reads a file of past awards to import (docs/operations.md, "The register"):
 *
 * <pre>
 * {"awards": [{"subjectId": "CN-0001", "subjectKind": "INDIVIDUAL", "subjectName": "Nguyễn Văn An",
 *   "unitCode": "XA-DR", "award": "CHIEN_SI_THI_DUA_CO_SO", "awardYear": 2023,
 *   "decisionNumber": "15/QĐ-UBND", "decisionDate": "2024-01-15", "authority": "Chủ tịch UBND huyện Đam Rông"}]}
 * </pre>
 *
 * Every problem of every item is reported at once, by path.
 */
final class RegisterImports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("subjectId", "subjectKind", "subjectName", "unitCode", "award", "awardYear",
            "decisionNumber", "decisionDate", "authority");

    private RegisterImports() {
    }

    static List<Conferred> read(byte[] json, LocalDate today) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new RegisterException("", "Tệp không phải JSON hợp lệ: " + e.getOriginalMessage(),
                    "the file is not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode list = root == null ? null : root.get("awards");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new RegisterException("awards", "Cần danh sách awards có ít nhất một mục", "expected a non-empty list under awards");
        }
        List<RegisterException.Problem> problems = new ArrayList<>();
        List<Conferred> awards = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Conferred c = item(list.get(i), "awards[" + i + "].", today, problems);
            if (c != null) {
                awards.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new RegisterException(problems);
        }
        return awards;
    }

    private static Conferred item(JsonNode node, String at, LocalDate today, List<RegisterException.Problem> problems) {
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(new RegisterException.Problem(at.substring(0, at.length() - 1), "Cần một đối tượng", "expected an object"));
            return null;
        }
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                problems.add(new RegisterException.Problem(at + field, "Trường không có trong định dạng", "unknown field; expected one of "
                        + new java.util.TreeSet<>(FIELDS)));
            }
        }
        String subjectId = string(node, "subjectId");
        String name = string(node, "subjectName");
        String unit = string(node, "unitCode");
        String number = string(node, "decisionNumber");
        String authority = string(node, "authority");
        Fields.text(problems, at + "subjectId", subjectId, 200, "mã đối tượng", "the subject id");
        Fields.text(problems, at + "subjectName", name, 300, "tên đối tượng", "the subject's name");
        if (unit != null && unit.strip().length() > 200) {
            problems.add(new RegisterException.Problem(at + "unitCode", "Quá 200 ký tự", "longer than 200 characters"));
        }
        Fields.text(problems, at + "decisionNumber", number, 100, "số quyết định", "the decision number");
        Fields.text(problems, at + "authority", authority, 500, "cấp ra quyết định", "the deciding authority");
        SubjectKind kind = enumOf(SubjectKind.class, node, at, "subjectKind", problems);
        AwardCode award = enumOf(AwardCode.class, node, at, "award", problems);
        Integer year = null;
        JsonNode y = node.get("awardYear");
        if (y == null || !y.isIntegralNumber() || y.intValue() < 1945 || y.intValue() > today.getYear()) {
            problems.add(new RegisterException.Problem(at + "awardYear", "Năm thành tích phải là số từ 1945 đến " + today.getYear(),
                    "the achievement year must be a whole number from 1945 to " + today.getYear()));
        } else {
            year = y.intValue();
        }
        LocalDate date = null;
        String d = string(node, "decisionDate");
        try {
            date = d == null ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            problems.add(new RegisterException.Problem(at + "decisionDate", "Ngày quyết định phải có dạng YYYY-MM-DD",
                    "the decision date must be a date YYYY-MM-DD"));
        } else if (date.isAfter(today)) {
            problems.add(new RegisterException.Problem(at + "decisionDate", "Ngày quyết định ở tương lai", "the decision date is in the future"));
        } else if (year != null && date.getYear() < year) {
            problems.add(new RegisterException.Problem(at + "decisionDate", "Quyết định trước năm thành tích " + year,
                    "the decision is dated before the achievement year " + year));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Conferred(subjectId.strip(), kind, name.strip(), unit == null || unit.isBlank() ? null : unit.strip(), award, year,
                number.strip(), date, authority.strip(), null, null);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode node, String at, String field,
            List<RegisterException.Problem> problems) {
        String value = string(node, field);
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            problems.add(new RegisterException.Problem(at + field, "Giá trị không hợp lệ \"" + (value == null ? "" : value) + "\"",
                    "unknown value \"" + (value == null ? "" : value) + "\"; expected one of "
                            + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}

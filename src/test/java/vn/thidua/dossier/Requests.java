package vn.thidua.dossier;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluation requests for tests: one valid commune, and edits addressed by the same paths the
 * validator reports ({@code individuals[0].ratings[0].level}). Synthetic people only.
 */
final class Requests {

    /** 15 January 2026 in Việt Nam, while it is still the 14th in UTC: "today" is the clock zone's date. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-14T20:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_TEXT_LENGTH = 200;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private Requests() {
    }

    static RequestReader reader() {
        return new RequestReader(MAX_BYTES, MAX_TEXT_LENGTH, CLOCK);
    }

    /** A commune with a village below it, two individuals, one collective, one household and one quota. */
    static String valid() {
        return """
                {
                  "schemaVersion": 1,
                  "period": { "year": 2025 },
                  "units": [
                    { "code": "XA-DARSAL", "name": "Ủy ban nhân dân xã Đạ Rsal", "level": "COMMUNE",
                      "grassroots": true, "areaDifficulty": "DBKK" },
                    { "code": "THON-LIENG-TRANG", "name": "Thôn Liêng Trang", "level": "VILLAGE",
                      "parent": "XA-DARSAL", "grassroots": true }
                  ],
                  "individuals": [
                    { "id": "CN-0001", "fullName": "Nguyễn Thị Hồng Nhung", "unit": "XA-DARSAL",
                      "gender": "FEMALE", "birthYear": 1988, "ethnicity": "Kinh", "ethnicMinority": false,
                      "subjectType": "CBCCVC_NLD", "occupation": "CIVIL_SERVANT", "directProducer": false,
                      "leader": false, "recruitmentDate": "2012-09-01",
                      "ratings": [ { "year": 2024, "level": "HTXSNV", "scheme": "ND90_2020" },
                                   { "year": 2025, "level": "HTTNV", "scheme": "ND335_2025" } ],
                      "attestations": [ { "year": 2025, "kind": "SOLIDARITY_AND_EMULATION", "minutesRef": "BB-12/2025" } ],
                      "leaves": [ { "type": "THAI_SAN", "from": "2025-03-01", "to": "2025-08-31", "workingDays": 130 } ],
                      "disciplines": [ { "form": "KHIEN_TRACH", "decisionDate": "2021-05-10", "dutyRelated": true } ],
                      "pendingProceedings": [ { "kind": "COMPLAINT_UNDER_VERIFICATION", "since": "2025-11-02", "closedOn": "2025-12-20" } ],
                      "initiatives": [ { "id": "SK-1", "title": "Số hóa hồ sơ một cửa", "year": 2025, "scope": "CO_SO",
                                         "recognizedBy": "Hội đồng sáng kiến xã", "recognitionDate": "2025-11-20", "applied": true } ],
                      "scienceWorks": [ { "id": "DT-1", "title": "Đề tài chuyển đổi số cấp xã", "year": 2024,
                                          "scope": "BO_NGANH_TINH", "accepted": true, "applied": true } ],
                      "titles": [ { "code": "LAO_DONG_TIEN_TIEN", "year": 2024, "decisionRef": "QĐ 15/QĐ-UBND", "basis": [] } ],
                      "commendations": [ { "code": "GIAY_KHEN_CHU_TICH_UBND_XA", "date": "2024-01-20",
                                           "achievementPeriod": "2023", "decisionRef": "QĐ 7/QĐ-UBND", "basis": ["SK-1"] } ],
                      "proposedAwards": [ "LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO" ] },
                    { "id": "CN-0002", "fullName": "Ka Sô Liễng", "unit": "THON-LIENG-TRANG",
                      "gender": "MALE", "birthYear": 1979, "ethnicity": "K'Ho", "ethnicMinority": true,
                      "subjectType": "CONG_NHAN_NONG_DAN_NLD_KHAC", "occupation": "FARMER", "directProducer": true,
                      "ratings": [ { "year": 2025, "level": "NOT_RATED", "scheme": "NONE" } ],
                      "attestations": [ { "year": 2025, "kind": "PRODUCTIVE_LABOUR" } ],
                      "transfers": [ { "fromUnit": "XA-DARSAL", "toUnit": "THON-LIENG-TRANG", "date": "2025-04-01",
                                       "previousUnitCommentRef": "NX-03/2025" } ],
                      "adminSanctions": [ { "kind": "PUBLIC_ORDER", "date": "2023-06-15" } ] }
                  ],
                  "collectives": [
                    { "id": "TT-01", "name": "Tổ một cửa xã Đạ Rsal", "unit": "XA-DARSAL",
                      "ratings": [ { "year": 2025, "level": "HTTNV" } ],
                      "attestations": [ { "year": 2025, "kind": "INTERNAL_UNITY" } ],
                      "members": [ "CN-0001", "CN-0002" ],
                      "titles": [ { "code": "TAP_THE_LAO_DONG_TIEN_TIEN", "year": 2024 } ],
                      "proposedAwards": [ "TAP_THE_LAO_DONG_TIEN_TIEN" ] }
                  ],
                  "households": [
                    { "id": "HGD-01", "unit": "THON-LIENG-TRANG", "headName": "Điểu K'Lơi", "ethnicMinority": true,
                      "members": [ { "name": "Điểu K'Lơi", "criminalProsecution": false, "militaryServiceFulfilled": true,
                                     "taxFulfilled": true, "schoolAgeNotInSchool": false, "adminSanctions": [] },
                                   { "name": "Ka Thị Mai", "adminSanctions": [ { "kind": "GAMBLING", "date": "2022-02-01" } ] } ],
                      "attestations": [ { "year": 2025, "kind": "LAW_ABIDING_CIVILISED" } ],
                      "contributions": [ { "kind": "LAND", "description": "Hiến 120 m² đất làm đường thôn", "valueVnd": 60000000 } ],
                      "proposedAwards": [ "GIA_DINH_VAN_HOA" ] }
                  ],
                  "quotas": [
                    { "award": "CHIEN_SI_THI_DUA_CO_SO", "unit": "XA-DARSAL", "maxPercent": 15, "ofAward": "LAO_DONG_TIEN_TIEN",
                      "reserved": [ { "group": "ETHNIC_MINORITY", "minShare": 30 } ] }
                  ]
                }
                """;
    }

    /** Sets the value at a path, given as JSON text; a missing last field is added. */
    static String with(String json, String path, String value) {
        JsonNode item = MAPPER.readTree(value);
        return edit(json, path, (object, name) -> object.set(name, item), (list, index) -> list.set(index, item));
    }

    /** Sets a field of any name, even one a path cannot spell, on the object at a path ("" for the request). */
    static String withField(String json, String objectPath, String name, String value) {
        JsonNode root = MAPPER.readTree(json);
        object(navigate(root, segments(objectPath))).set(name, MAPPER.readTree(value));
        return MAPPER.writeValueAsString(root);
    }

    /** Removes the field or list item at a path. */
    static String without(String json, String path) {
        return edit(json, path, ObjectNode::remove, ArrayNode::remove);
    }

    /** Appends an item, given as JSON text, to the list at a path. */
    static String appended(String json, String listPath, String item) {
        JsonNode root = MAPPER.readTree(json);
        list(navigate(root, segments(listPath))).add(MAPPER.readTree(item));
        return MAPPER.writeValueAsString(root);
    }

    /** A copy of the value at a path, as JSON text. */
    static String at(String json, String path) {
        return MAPPER.writeValueAsString(navigate(MAPPER.readTree(json), segments(path)));
    }

    static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    static String text(JsonNode tree) {
        return MAPPER.writeValueAsString(tree);
    }

    /** Applies a change to the container of the path's last segment; IllegalArgumentException when there is none. */
    private static String edit(String json, String path, BiConsumer<ObjectNode, String> onField,
            BiConsumer<ArrayNode, Integer> onItem) {
        JsonNode root = MAPPER.readTree(json);
        List<Object> segments = segments(path);
        JsonNode parent = navigate(root, segments.subList(0, segments.size() - 1));
        Object last = segments.get(segments.size() - 1);
        if (last instanceof Integer index) {
            navigate(parent, List.of(index));
            onItem.accept(list(parent), index);
        } else {
            onField.accept(object(parent), (String) last);
        }
        return MAPPER.writeValueAsString(root);
    }

    private static JsonNode navigate(JsonNode root, List<Object> segments) {
        JsonNode node = root;
        for (Object segment : segments) {
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
            if (node == null) {
                throw new IllegalArgumentException("no " + segment + " in the request");
            }
        }
        return node;
    }

    private static ObjectNode object(JsonNode node) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new IllegalArgumentException("not an object: " + node);
    }

    private static ArrayNode list(JsonNode node) {
        if (node instanceof ArrayNode list) {
            return list;
        }
        throw new IllegalArgumentException("not a list: " + node);
    }

    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find()) {
            segments.add(matcher.group(1) != null ? matcher.group(1) : (Object) Integer.valueOf(matcher.group(2)));
        }
        return segments;
    }
}

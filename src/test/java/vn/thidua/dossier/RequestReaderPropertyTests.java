package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever is changed in a valid request, the reader answers with a request or with errors that have
 * paths: never with another exception, which the CLI and REST API would turn into a crash.
 */
class RequestReaderPropertyTests {

    private static final RequestReader READER = Requests.reader();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> FIELDS = new ArrayList<>();
    private static final List<String> ITEMS = new ArrayList<>();
    private static final List<String> OBJECTS = new ArrayList<>();

    static {
        collect(Requests.tree(Requests.valid()), "");
    }

    @Property(tries = 300)
    void readsOrReportsWithPathsWhateverIsChanged(@ForAll("changedRequests") String json) {
        try {
            EvaluationRequest request = READER.read(Requests.stream(json));
            assertThat(request.period().cutoffDate()).isNotNull();
            assertThat(request.period().decisionDate()).isNotNull();
            assertThat(List.of(request.units(), request.individuals(), request.collectives(), request.households(),
                    request.quotas())).doesNotContainNull();
            Statistics.collect("accepted");
        } catch (ValidationException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.path()).isNotNull();
                assertThat(error.message()).isNotBlank();
            });
            Statistics.collect("rejected");
        }
    }

    @Provide
    Arbitrary<String> changedRequests() {
        return change().list().ofMinSize(1).ofMaxSize(3).map(changes -> {
            String json = Requests.valid();
            for (Change change : changes) {
                json = change.applyTo(json);
            }
            return json;
        });
    }

    private static Arbitrary<Change> change() {
        Arbitrary<String> anyValue = jsonValues().map(Requests::text);
        Arbitrary<Change> replace = Arbitraries.of(allValues()).flatMap(path -> anyValue.map(
                value -> new Change("replace " + path + " with " + value, json -> Requests.with(json, path, value))));
        Arbitrary<Change> delete = Arbitraries.of(FIELDS).map(
                path -> new Change("delete " + path, json -> Requests.without(json, path)));
        Arbitrary<Change> insert = Arbitraries.of(OBJECTS).flatMap(path -> fieldNames().flatMap(name -> anyValue.map(
                value -> new Change("insert " + name + " into " + path,
                        json -> Requests.withField(json, path, name, value)))));
        Arbitrary<Change> repeat = Arbitraries.of(ITEMS).map(path -> new Change("repeat " + path,
                json -> Requests.appended(json, path.substring(0, path.lastIndexOf('[')), Requests.at(json, path))));
        return Arbitraries.frequencyOf(Tuple.of(4, replace), Tuple.of(3, delete), Tuple.of(2, insert), Tuple.of(1, repeat));
    }

    private static Arbitrary<String> fieldNames() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMaxLength(12),
                Arbitraries.strings().withCharRange(' ', '\u1EF9').ofMaxLength(8),
                Arbitraries.of("fullname", "Id", "unit ", "memberSummary", "maxCount", "schemaversion", "ratings", ""));
    }

    private static Arbitrary<JsonNode> jsonValues() {
        return Arbitraries.recursive(RequestReaderPropertyTests::scalars,
                inner -> Arbitraries.oneOf(
                        inner.list().ofMaxSize(3).map(items -> (JsonNode) NODES.arrayNode().addAll(items)),
                        fieldNames().flatMap(name -> inner.map(value -> (JsonNode) object(name, value)))),
                0, 3);
    }

    private static Arbitrary<JsonNode> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.of(0, 1, 2, -1, 100, 101, 1944, 2025, 2201).map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18), BigInteger.TEN.pow(39)).map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.strings().withCharRange(' ', '\u1EF9').ofMaxLength(20).map(NODES::stringNode),
                Arbitraries.of("", " ", "2025-01-01", "2025-02-30", "2025-13-01", "15/01/2025", "GOOD", "HTTNV",
                        "LAO_DONG_TIEN_TIEN", "GIA_DINH_VAN_HOA", "XA-DARSAL", "THON-LIENG-TRANG", "CN-0001", "CN-0002",
                        "TT-01", "HGD-01", "Nguyễn Thị Hồng Nhung").map(NODES::stringNode));
    }

    private static ObjectNode object(String name, JsonNode value) {
        ObjectNode object = NODES.objectNode();
        object.set(name, value);
        return object;
    }

    private static List<String> allValues() {
        List<String> values = new ArrayList<>(FIELDS);
        values.addAll(ITEMS);
        return values;
    }

    private static void collect(JsonNode node, String path) {
        if (node.isObject()) {
            OBJECTS.add(path);
            for (String name : node.propertyNames()) {
                String field = path.isEmpty() ? name : path + "." + name;
                FIELDS.add(field);
                collect(node.get(name), field);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ITEMS.add(path + "[" + i + "]");
                collect(node.get(i), path + "[" + i + "]");
            }
        }
    }

    /** One edit of the request; an edit whose place an earlier edit removed leaves the request as it is. */
    record Change(String description, UnaryOperator<String> edit) {

        String applyTo(String json) {
            try {
                return edit.apply(json);
            } catch (IllegalArgumentException gone) {
                return json;
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }
}

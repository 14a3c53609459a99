package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.dataset.ScheduleGenerator;
import vn.thidua.scheduling.SchedulingRequestReader;

/**
 * The published JSON Schemas of the requests (docs/request.schema.json, docs/schedule-request.schema.json),
 * checked by a validator that shares no code with the application's reader: every request in data/
 * and the generator's requests pass, the invalid samples and a set of hand-broken requests fail, and on
 * every one of them the schema and the application's reader agree.
 */
class RequestSchemaTests {

    private static final Path REQUEST_SCHEMA = Path.of("docs/request.schema.json");
    private static final Path SCHEDULE_SCHEMA = Path.of("docs/schedule-request.schema.json");
    private static final Path DATA = Path.of("data");
    private static final int MAX_TEXT_LENGTH = 10_000;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Schema requestSchema = schema(REQUEST_SCHEMA);
    private final Schema scheduleSchema = schema(SCHEDULE_SCHEMA);
    private final RequestReader reader = new RequestReader(1L << 30, MAX_TEXT_LENGTH, Requests.CLOCK);
    private final SchedulingRequestReader scheduleReader = new SchedulingRequestReader(1L << 30, MAX_TEXT_LENGTH);

    @Test
    void acceptsEveryEvaluationRequestInData() throws IOException {
        List<Path> files = dataFiles().filter(f -> !isSchedule(f) && !f.endsWith("sample-invalid.json")).toList();
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("sample-commune.json", "commune-300.json");
        for (Path file : files) {
            byte[] json = Files.readAllBytes(file);
            assertThat(problems(requestSchema, json)).as(file.toString()).isEmpty();
            reader.read(new ByteArrayInputStream(json));
        }
    }

    @Test
    void refusesTheInvalidSampleAtTheFieldsASchemaCanSee() throws IOException {
        byte[] json = Files.readAllBytes(SampleRequests.INVALID);
        List<String> problems = problems(requestSchema, json);
        // The reader's other five problems (unknown units, a repeated id, a leave ending before it
        // starts, two ratings of one year) are references and comparisons a schema cannot express.
        assertThat(String.join("\n", problems)).contains(
                "/period/year",
                "/individuals/0/ratings/0/level",
                "fullname",
                "fullName",
                "/individuals/1/recruitmentDate",
                "/individuals/2: required property 'unit'",
                "/individuals/3/directProducer",
                "/individuals/3/proposedAwards/0");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(json))).isInstanceOf(ValidationException.class);
    }

    @Test
    void acceptsTheSampleSchedulingRequestAndRefusesTheInvalidOne() throws IOException {
        List<Path> files = dataFiles().filter(RequestSchemaTests::isSchedule).toList();
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("sample-schedule.json", "sample-schedule-invalid.json");
        for (Path file : files) {
            byte[] json = Files.readAllBytes(file);
            if (file.endsWith("sample-schedule-invalid.json")) {
                assertThat(problems(scheduleSchema, json)).as(file.toString()).isNotEmpty();
                assertThatThrownBy(() -> scheduleReader.read(new ByteArrayInputStream(json)))
                        .isInstanceOf(ValidationException.class);
            } else {
                assertThat(problems(scheduleSchema, json)).as(file.toString()).isEmpty();
                scheduleReader.read(new ByteArrayInputStream(json));
            }
        }
    }

    @Test
    void acceptsGeneratedRequestsOf300And2000Individuals() {
        for (int individuals : new int[] {300, 2_000}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new DatasetGenerator(2025).write(individuals, 41, bytes);
            byte[] json = bytes.toByteArray();
            assertThat(problems(requestSchema, json)).as(individuals + " individuals").isEmpty();
            assertThat(reader.read(new ByteArrayInputStream(json)).individuals()).hasSize(individuals);
        }
    }

    @Test
    void acceptsAGeneratedSchedulingRequest() {
        byte[] json = MAPPER.writeValueAsBytes(new ScheduleGenerator().generate(200, 10, 15, 41));
        assertThat(problems(scheduleSchema, json)).isEmpty();
        scheduleReader.read(new ByteArrayInputStream(json));
    }

    @Test
    void acceptsTheFullTestRequestWithEveryField() {
        byte[] json = Requests.valid().getBytes(StandardCharsets.UTF_8);
        assertThat(problems(requestSchema, json)).isEmpty();
        reader.read(new ByteArrayInputStream(json));
    }

    @Test
    void acceptsNullForAnOptionalFieldAsTheReaderDoes() {
        String json = Requests.with(Requests.with(Requests.valid(), "period.cutoffDate", "null"),
                "individuals[0].proposedAwards", "null");
        assertAgreeOn(json, true);
    }

    @Test
    void refusesBrokenRequestsAsTheReaderDoes() {
        String valid = Requests.valid();
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("no period", Requests.without(valid, "period"));
        broken.put("no schemaVersion", Requests.without(valid, "schemaVersion"));
        broken.put("schemaVersion 2", Requests.with(valid, "schemaVersion", "2"));
        broken.put("period.year null", Requests.with(valid, "period.year", "null"));
        broken.put("unknown award code", Requests.with(valid, "individuals[0].proposedAwards[0]", "\"LAO_DONG_GIOI\""));
        broken.put("a collective's award for an individual", Requests.with(valid, "individuals[0].proposedAwards[0]",
                "\"TAP_THE_LAO_DONG_TIEN_TIEN\""));
        broken.put("an award proposed twice", Requests.with(valid, "individuals[0].proposedAwards[1]", "\"LAO_DONG_TIEN_TIEN\""));
        broken.put("unknown award in a quota", Requests.with(valid, "quotas[0].award", "\"CSTDCS\""));
        broken.put("month 13", Requests.with(valid, "period.cutoffDate", "\"2025-13-01\""));
        broken.put("30 February", Requests.with(valid, "individuals[0].recruitmentDate", "\"2025-02-30\""));
        broken.put("a year written as text", Requests.with(valid, "individuals[0].ratings[0].year", "\"2024\""));
        broken.put("a day-first date", Requests.with(valid, "individuals[1].transfers[0].date", "\"01/04/2025\""));
        broken.put("unknown field", Requests.withField(valid, "individuals[0]", "fullname", "\"Nhung\""));
        broken.put("unknown top-level field", Requests.withField(valid, "", "comment", "\"x\""));
        broken.put("blank text", Requests.with(valid, "individuals[0].fullName", "\"   \""));
        broken.put("text over the limit", Requests.with(valid, "individuals[0].ethnicity", "\"" + "a".repeat(MAX_TEXT_LENGTH + 1) + "\""));
        broken.put("missing required id", Requests.without(valid, "individuals[1].id"));
        broken.put("null list item", Requests.with(valid, "individuals[0].ratings[0]", "null"));
        broken.put("number where a boolean belongs", Requests.with(valid, "individuals[0].leader", "0"));
        broken.put("fractional year", Requests.with(valid, "period.year", "2025.5"));
        broken.put("year out of range", Requests.with(valid, "period.year", "1900"));
        broken.put("unknown rating level", Requests.with(valid, "individuals[0].ratings[0].level", "\"GOOD\""));
        broken.put("a household's attestation for an individual", Requests.with(valid, "individuals[0].attestations[0].kind",
                "\"LAW_ABIDING_CIVILISED\""));
        broken.put("a member listed twice", Requests.with(valid, "collectives[0].members[1]", "\"CN-0001\""));
        broken.put("maxCount and maxPercent", Requests.withField(valid, "quotas[0]", "maxCount", "3"));
        broken.put("neither maxCount nor maxPercent", Requests.without(Requests.without(valid, "quotas[0].maxPercent"),
                "quotas[0].ofAward"));
        broken.put("maxPercent without ofAward", Requests.without(valid, "quotas[0].ofAward"));
        broken.put("ofAward with maxCount", Requests.withField(Requests.without(valid, "quotas[0].maxPercent"), "quotas[0]",
                "maxCount", "3"));
        broken.put("maxPercent over 100", Requests.with(valid, "quotas[0].maxPercent", "101"));
        broken.put("negative contribution", Requests.with(valid, "households[0].contributions[0].valueVnd", "-1"));
        broken.put("not an object", "[]");
        for (Map.Entry<String, String> request : broken.entrySet()) {
            assertAgreeOn(request.getValue(), false, request.getKey());
        }
    }

    private void assertAgreeOn(String json, boolean valid, String... what) {
        String name = what.length == 0 ? "request" : what[0];
        List<String> problems = problems(requestSchema, json.getBytes(StandardCharsets.UTF_8));
        boolean readerAccepts;
        try {
            reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            readerAccepts = true;
        } catch (ValidationException e) {
            readerAccepts = false;
        }
        assertThat(readerAccepts).as("the application's reader accepts: " + name).isEqualTo(valid);
        if (valid) {
            assertThat(problems).as("the schema's problems with: " + name).isEmpty();
        } else {
            assertThat(problems).as("the schema's problems with: " + name).isNotEmpty();
        }
    }

    private static List<String> problems(Schema schema, byte[] json) {
        JsonNode tree = MAPPER.readTree(json);
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(tree, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    private static Schema schema(Path file) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = Files.newInputStream(file)) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Stream<Path> dataFiles() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static boolean isSchedule(Path file) {
        return file.getFileName().toString().startsWith("sample-schedule");
    }
}

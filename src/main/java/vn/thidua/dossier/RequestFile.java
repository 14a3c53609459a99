package vn.thidua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An evaluation request too large to hold in memory, read from its file in passes with Jackson's
 * streaming parser, one subject at a time. {@link #check} validates it as completely as
 * {@link RequestReader} does (same messages, same JSON paths); {@link #individuals} and
 * {@link #households} then hand out the subjects in input order. Memory grows with the units,
 * quotas and collectives of the request and with a number per subject id, not with the subjects'
 * dossiers.
 */
public final class RequestFile {

    /** At most this many problems are listed; a file of a million broken subjects is not listed whole. */
    static final int MAX_ERRORS = 1000;
    private static final Set<String> SUBJECT_LISTS = Set.of("individuals", "collectives", "households");

    /** A checked request without its individuals and households (period with its defaults, units, collectives, quotas), and their numbers. */
    public record Outline(EvaluationRequest request, int individuals, int households) {
    }

    private final Path file;
    private final JsonInput json;
    private final SchemaValidator schema;
    private final Clock clock;
    private FileTime checkedVersion;

    private RequestFile(Path file, int maxTextLength, Clock clock) {
        this.file = file;
        this.json = new JsonInput(Long.MAX_VALUE, maxTextLength);
        this.schema = new SchemaValidator(maxTextLength);
        this.clock = clock;
    }

    /** A request file, read with the text limit of the other readers and no limit on its size. */
    public static RequestFile of(Path file, int maxTextLength, Clock clock) {
        return new RequestFile(file, maxTextLength, clock);
    }

    /**
     * Reads the whole file twice (its units and quotas, then each subject) and checks it.
     *
     * @throws ValidationException with every problem found (the first {@value #MAX_ERRORS}), when the file is not a valid request
     */
    public Outline check() {
        checkedVersion = version();
        JsonNode header = read(this::header);
        RequestReader.rejectUnsupportedVersion(header);
        Problems problems = new Problems();
        schema.validate(header, EvaluationRequest.class, "", problems.found);
        if (!header.isObject()) {
            throw problems.exception();
        }
        ReferenceValidator references = new ReferenceValidator(problems.found);
        references.header(header);
        ArrayNode collectives = json.mapper().createArrayNode();
        int[] counts = new int[SUBJECT_LISTS.size()];
        read(parser -> {
            eachSubject(parser, SUBJECT_LISTS, (list, index) -> {
                JsonNode subject = json.mapper().readTree(parser);
                schema.validate(subject, type(list), list + "[" + index + "]", problems.found);
                if (subject.isObject()) {
                    references.subject(list, subject, index);
                }
                if (list.equals("collectives")) {
                    collectives.add(subject);
                }
                counts[list.equals("individuals") ? 0 : list.equals("collectives") ? 1 : 2]++;
                problems.trim();
            });
            return null;
        });
        for (int i = 0; i < collectives.size(); i++) {
            if (collectives.get(i).isObject()) {
                references.members(collectives.get(i), i);
            }
        }
        problems.trim();
        if (!problems.found.isEmpty()) {
            throw problems.exception();
        }
        ObjectNode outline = ((ObjectNode) header).deepCopy();
        outline.set("collectives", collectives);
        EvaluationRequest request = json.mapper().treeToValue(outline, EvaluationRequest.class);
        return new Outline(new EvaluationRequest(request.schemaVersion(), request.period().withDefaults(LocalDate.now(clock)),
                request.units(), List.of(), request.collectives(), List.of(), request.quotas()), counts[0], counts[2]);
    }

    /** Each individual in input order, read one at a time; only after {@link #check}. */
    public void individuals(Consumer<Individual> action) {
        each("individuals", Individual.class, action);
    }

    /** Each household in input order, read one at a time; only after {@link #check}. */
    public void households(Consumer<Household> action) {
        each("households", Household.class, action);
    }

    /**
     * The file's bytes as received, for storing them with the run (the caller closes the stream); refused, like
     * reading its subjects, before {@link #check} and after the file changed.
     */
    public InputStream bytes() {
        unchangedSinceCheck();
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void unchangedSinceCheck() {
        if (checkedVersion == null) {
            throw new IllegalStateException("check the request before reading its subjects");
        }
        if (!checkedVersion.equals(version())) {
            // Not an invalid request but a file moving under the run: the caller reports it as a failure to read.
            throw new UncheckedIOException(new IOException(file + " changed after it was checked"));
        }
    }

    private <T> void each(String list, Class<T> type, Consumer<T> action) {
        unchangedSinceCheck();
        read(parser -> {
            eachSubject(parser, Set.of(list), (name, index) -> action.accept(json.mapper().readValue(parser, type)));
            return null;
        });
    }

    /** The top-level fields other than the subject lists; a subject list that is not an array is kept, for the schema to name. */
    private JsonNode header(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new ValidationException(List.of(new FieldError("", "the input is empty; expected a JSON object")));
        }
        if (token != JsonToken.START_OBJECT) {
            JsonNode other = token.isStructStart() ? placeholder(parser, token) : json.mapper().readTree(parser);
            JsonInput.requireEnd(parser);
            return other;
        }
        ObjectNode header = json.mapper().createObjectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (SUBJECT_LISTS.contains(name) && value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else {
                header.set(name, json.mapper().readTree(parser));
            }
        }
        JsonInput.requireEnd(parser);
        return header;
    }

    private JsonNode placeholder(JsonParser parser, JsonToken start) {
        parser.skipChildren();
        return start == JsonToken.START_ARRAY ? json.mapper().createArrayNode() : json.mapper().createObjectNode();
    }

    /** What to do with the subject at the parser's current token, which it must read whole. */
    @FunctionalInterface
    private interface SubjectAction {
        void at(String list, int index);
    }

    private static void eachSubject(JsonParser parser, Set<String> lists, SubjectAction action) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (lists.contains(name) && value == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    action.at(name, index++);
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static Class<?> type(String list) {
        return switch (list) {
            case "individuals" -> Individual.class;
            case "collectives" -> Collective.class;
            default -> Household.class;
        };
    }

    private <T> T read(JsonInput.ParserWork<T> work) {
        try (InputStream input = Files.newInputStream(file)) {
            return json.parse(input, work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private FileTime version() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The problems found so far, the first {@value #MAX_ERRORS} of them listed and the rest counted. */
    private static final class Problems {
        final List<FieldError> found = new ArrayList<>();
        long unlisted;

        void trim() {
            while (found.size() > MAX_ERRORS) {
                found.remove(found.size() - 1);
                unlisted++;
            }
        }

        ValidationException exception() {
            List<FieldError> listed = new ArrayList<>(found);
            if (unlisted > 0) {
                listed.add(new FieldError("", unlisted + " more problems are not listed; mend these and check again"));
            }
            return new ValidationException(listed);
        }
    }
}

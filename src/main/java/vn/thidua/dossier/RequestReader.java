package vn.thidua.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an evaluation request (interchange contract, section 1) and checks it completely before
 * anything uses it: every problem is reported at once, with its JSON path.
 */
public class RequestReader {

    private final long maxBytes;
    private final Clock clock;
    private final JsonMapper mapper;
    private final SchemaValidator schema;

    public RequestReader(long maxBytes, int maxTextLength, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxStringLength(Math.max(maxTextLength * 4, 1 << 16))
                        .maxNumberLength(40)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.schema = new SchemaValidator(maxTextLength);
    }

    /**
     * Reads and validates a request.
     *
     * @throws ValidationException with every problem found, when the input is not a valid request
     * @throws RequestTooLargeException when the input passes the size limit
     */
    public EvaluationRequest read(InputStream input) {
        JsonNode root = readTree(input);
        List<FieldError> errors = new ArrayList<>();
        schema.validate(root, EvaluationRequest.class, "", errors);
        if (root.isObject()) {
            new ReferenceValidator(errors).validate(root);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        EvaluationRequest request = mapper.treeToValue(root, EvaluationRequest.class);
        return new EvaluationRequest(request.schemaVersion(), request.period().withDefaults(LocalDate.now(clock)),
                request.units(), request.individuals(), request.collectives(), request.households(), request.quotas());
    }

    private JsonNode readTree(InputStream input) {
        try (InputStream limited = new LimitedInputStream(input, maxBytes)) {
            JsonNode root = mapper.readTree(limited);
            if (root == null || root.isMissingNode()) {
                throw new ValidationException(List.of(new FieldError("", "the input is empty; expected a JSON object")));
            }
            return root;
        } catch (RequestTooLargeException e) {
            throw e;
        } catch (JacksonException e) {
            if (e.getCause() instanceof RequestTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new ValidationException(List.of(new FieldError("", "not valid JSON: " + e.getOriginalMessage()
                    + location(e))));
        } catch (IOException e) {
            throw new ValidationException(List.of(new FieldError("", "the input cannot be read: " + e.getMessage())));
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new RequestTooLargeException(limit);
            }
        }
    }
}

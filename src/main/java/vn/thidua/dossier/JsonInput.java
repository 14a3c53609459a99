package vn.thidua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one JSON document within the size and nesting limits. Every way that can fail becomes a
 * {@link ValidationException}: the caller (CLI, REST) must answer "invalid input", never a crash.
 */
final class JsonInput {

    static final int MAX_DEPTH = 32;
    private static final int MAX_DIGITS = 40;

    private final long maxBytes;
    private final int maxTextLength;
    private final JsonMapper mapper;

    JsonInput(long maxBytes, int maxTextLength) {
        this.maxBytes = maxBytes;
        this.maxTextLength = maxTextLength;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        // Room above the text limit, so that the schema can report the exact length at its path.
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(4L * maxTextLength, 1 << 16)))
                        .maxNumberLength(MAX_DIGITS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Checked after reading, to say so in plain words rather than Jackson's.
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    JsonMapper mapper() {
        return mapper;
    }

    JsonNode read(InputStream input) {
        return parse(input, this::readWhole);
    }

    /** Work on a parser over one document, whose reading failures {@link #parse} turns into field errors. */
    @FunctionalInterface
    interface ParserWork<T> {
        T apply(JsonParser parser);
    }

    /**
     * Runs work on a parser over the input, within the limits: a document that is not JSON, breaks a
     * limit or is not UTF-8 becomes a {@link ValidationException} naming where.
     */
    <T> T parse(InputStream input, ParserWork<T> work) {
        try (InputStream limited = new Utf8CheckingInputStream(new LimitedInputStream(input, maxBytes));
                JsonParser parser = mapper.createParser(limited)) {
            return translated(parser, work);
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof Utf8CheckingInputStream.MalformedUtf8Exception malformed) {
                throw invalid("", malformed.getMessage());
            }
            throw invalid("", "the input cannot be read: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw invalid("", "the input cannot be read: " + e.getMessage());
        }
    }

    private JsonNode readWhole(JsonParser parser) {
        JsonNode root = mapper.readTree(parser);
        if (root == null || root.isMissingNode()) {
            throw invalid("", "the input is empty; expected a JSON object");
        }
        requireEnd(parser);
        return root;
    }

    /** Fails when anything but white space follows the document. */
    static void requireEnd(JsonParser parser) {
        if (parser.nextToken() != null) {
            throw invalid("", "not valid JSON: unexpected content after the end of the document"
                    + location(parser.currentTokenLocation()));
        }
    }

    private <T> T translated(JsonParser parser, ParserWork<T> work) {
        try {
            return work.apply(parser);
        } catch (StreamConstraintsException e) {
            throw invalid(path(parser.streamReadContext()), limitMessage(e.getOriginalMessage())
                    + location(parser.currentTokenLocation()));
        } catch (StreamReadException e) {
            if (e.getOriginalMessage().startsWith("Duplicate Object property")) {
                throw invalid(path(parser.streamReadContext()), "the field appears twice in the same object"
                        + location(e.getLocation()));
            }
            throw invalid("", "not valid JSON: " + e.getOriginalMessage() + location(e.getLocation()));
        } catch (JacksonIOException e) {
            throw e; // the stream failed, not the JSON: reported by parse(InputStream, ParserWork)
        } catch (JacksonException e) {
            if (e.getCause() instanceof RequestTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw invalid("", "not valid JSON: " + e.getOriginalMessage() + location(e.getLocation()));
        }
    }

    private String limitMessage(String jacksonMessage) {
        if (jacksonMessage.startsWith("Document nesting depth")) {
            return "the document is nested deeper than " + MAX_DEPTH + " levels";
        }
        if (jacksonMessage.startsWith("String value length")) {
            return "text is longer than the limit of " + maxTextLength + " characters";
        }
        if (jacksonMessage.startsWith("Number value length")) {
            return "number of more than " + MAX_DIGITS + " digits is out of range";
        }
        return "the input passes a reading limit: " + jacksonMessage;
    }

    /** The path of the value being read, in the same notation as the schema's errors. */
    private static String path(TokenStreamContext context) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            chain.push(at);
        }
        String path = "";
        for (TokenStreamContext at : chain) {
            if (at.inArray() && at.hasCurrentIndex()) {
                path += "[" + at.getCurrentIndex() + "]";
            } else if (at.inObject() && at.currentName() != null) {
                path = SchemaValidator.join(path, at.currentName());
            }
        }
        return path;
    }

    private static String location(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static ValidationException invalid(String path, String message) {
        return new ValidationException(List.of(new FieldError(path, message)));
    }
}

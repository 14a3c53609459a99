package vn.thidua.dossier;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON tree against the request records: field names, JSON types, enum values, ISO dates,
 * required fields and number ranges. The records themselves are the schema, so the format is
 * written down once.
 */
final class SchemaValidator {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<Class<?>, Fields> FIELDS = new ConcurrentHashMap<>();

    /** A record component as the validator needs it, read once per record type. */
    private record Field(String name, Type type, boolean required, Range range) {
    }

    private record Fields(List<Field> list, java.util.Set<String> names, String expected) {

        static Fields of(Class<?> type) {
            List<Field> list = Arrays.stream(type.getRecordComponents())
                    .map(c -> new Field(c.getName(), c.getGenericType(), c.isAnnotationPresent(Required.class),
                            c.getAnnotation(Range.class)))
                    .toList();
            return new Fields(list, list.stream().map(Field::name).collect(Collectors.toUnmodifiableSet()),
                    list.stream().map(Field::name).collect(Collectors.joining(", ")));
        }
    }

    private final int maxTextLength;

    SchemaValidator(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    void validate(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        if (!node.isObject()) {
            errors.add(new FieldError(path, "expected an object, found " + describe(node)));
            return;
        }
        Fields fields = FIELDS.computeIfAbsent(type, Fields::of);
        for (String name : node.propertyNames()) {
            if (!fields.names().contains(name)) {
                errors.add(new FieldError(join(path, name), "unknown field; expected one of " + fields.expected()));
            }
        }
        for (Field field : fields.list()) {
            JsonNode value = node.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    errors.add(new FieldError(join(path, field.name()), "required field is missing"));
                }
                continue;
            }
            validateValue(value, field.type(), field.range(), join(path, field.name()), errors);
        }
    }

    private void validateValue(JsonNode value, Type type, Range range, String path, List<FieldError> errors) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!value.isArray()) {
                errors.add(new FieldError(path, "expected a list, found " + describe(value)));
                return;
            }
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String itemPath = path + "[" + i + "]";
                if (item.isNull()) {
                    errors.add(new FieldError(itemPath, "a list item may not be null"));
                } else {
                    validateValue(item, element, null, itemPath, errors);
                }
            }
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            validateText(value, path, errors);
        } else if (raw == Integer.class || raw == Long.class) {
            validateNumber(value, raw, range, path, errors);
        } else if (raw == Boolean.class) {
            if (!value.isBoolean()) {
                errors.add(new FieldError(path, "expected true or false, found " + describe(value)));
            }
        } else if (raw == LocalDate.class) {
            validateDate(value, path, errors);
        } else if (raw == LocalDateTime.class) {
            validateDateTime(value, path, errors);
        } else if (raw.isEnum()) {
            validateEnum(value, raw, path, errors);
        } else if (raw.isRecord()) {
            validate(value, raw, path, errors);
        } else {
            throw new IllegalStateException("no validation for " + raw);
        }
    }

    private void validateText(JsonNode value, String path, List<FieldError> errors) {
        if (!value.isString()) {
            errors.add(new FieldError(path, "expected text, found " + describe(value)));
        } else if (value.stringValue().length() > maxTextLength) {
            errors.add(new FieldError(path, "text of " + value.stringValue().length()
                    + " characters is longer than the limit of " + maxTextLength));
        } else if (value.stringValue().isBlank()) {
            errors.add(new FieldError(path, "text is empty"));
        }
    }

    private static void validateNumber(JsonNode value, Class<?> raw, Range range, String path, List<FieldError> errors) {
        if (!value.isIntegralNumber()) {
            errors.add(new FieldError(path, "expected a whole number, found " + describe(value)));
            return;
        }
        if (!value.canConvertToLong() || (raw == Integer.class && !value.canConvertToInt())) {
            errors.add(new FieldError(path, "number " + value + " is out of range"));
            return;
        }
        long number = value.longValue();
        if (range != null && (number < range.min() || number > range.max())) {
            errors.add(new FieldError(path, "number " + number + " is out of range; expected "
                    + range.min() + " to " + range.max()));
        }
    }

    private static void validateDate(JsonNode value, String path, List<FieldError> errors) {
        if (!value.isString() || !ISO_DATE.matcher(value.stringValue()).matches()) {
            errors.add(new FieldError(path, "expected an ISO date YYYY-MM-DD, found " + describe(value)));
            return;
        }
        try {
            LocalDate.parse(value.stringValue());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(path, "\"" + value.stringValue() + "\" is not a calendar date"));
        }
    }

    private static void validateDateTime(JsonNode value, String path, List<FieldError> errors) {
        if (!value.isString() || !ISO_DATE_TIME.matcher(value.stringValue()).matches()) {
            errors.add(new FieldError(path, "expected an ISO local date and time YYYY-MM-DDTHH:MM, found " + describe(value)));
            return;
        }
        try {
            LocalDateTime.parse(value.stringValue());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(path, "\"" + value.stringValue() + "\" is not a calendar date and time"));
        }
    }

    private static void validateEnum(JsonNode value, Class<?> raw, String path, List<FieldError> errors) {
        Object[] constants = raw.getEnumConstants();
        String expected = Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        if (!value.isString()) {
            errors.add(new FieldError(path, "expected one of " + expected + ", found " + describe(value)));
        } else if (Arrays.stream(constants).noneMatch(c -> c.toString().equals(value.stringValue()))) {
            errors.add(new FieldError(path, "unknown value \"" + abbreviate(value.stringValue()) + "\"; expected one of " + expected));
        }
    }

    /** Appends a field name; a name that is not a plain identifier is quoted, so paths stay unambiguous. */
    static String join(String path, String name) {
        if (!PLAIN_NAME.matcher(name).matches()) {
            StringBuilder quoted = new StringBuilder(path).append("[\"");
            JsonStringEncoder.getInstance().quoteAsString(name, quoted);
            return quoted.append("\"]").toString();
        }
        return path.isEmpty() ? name : path + "." + name;
    }

    static String describe(JsonNode node) {
        if (node.isString()) {
            return "text \"" + abbreviate(node.stringValue()) + "\"";
        }
        if (node.isNumber() || node.isBoolean()) {
            return abbreviate(node.toString());
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}

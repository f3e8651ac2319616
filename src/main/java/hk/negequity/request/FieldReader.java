package hk.negequity.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the fields of one JSON object, checking each against its type and range, and collecting a
 * {@link Violation} for every field that is wrong rather than stopping at the first. Absent fields read
 * as null; explicit JSON nulls are errors (omit a field you do not know).
 */
final class FieldReader {

    private final JsonNode node;
    private final String path;
    private final List<Violation> violations;
    /** The fields asked for, in order: a handful, so a list (a set cost a map entry per field per request). */
    private final List<String> known = new ArrayList<>(12);

    FieldReader(JsonNode node, String path, List<Violation> violations) {
        this.node = node;
        this.path = path;
        this.violations = violations;
    }

    /** The object at {@code name}, or null when absent (or not an object, which is reported). */
    FieldReader object(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            reject(name, "must be a JSON object");
            return null;
        }
        return new FieldReader(value, pathTo(name), violations);
    }

    Double number(String name, double min, double max) {
        return number(name, min, max, false);
    }

    /**
     * A sum of money, not negative, read to a millionth of a dollar as every limit is kept: the range holds for
     * the sum so read (HK$0.009999999 is a cent).
     */
    Double money(String name, double max) {
        return number(name, 0, max, true);
    }

    private Double number(String name, double min, double max, boolean money) {
        JsonNode value = numberField(name);
        return value == null ? null : taken(name, NumberReading.number(value.decimalValue(), min, max, money));
    }

    /** A whole number (2 and 2.0 both qualify) within the range. */
    Integer integer(String name, int min, int max) {
        JsonNode value = numberField(name);
        return value == null ? null : taken(name, NumberReading.whole(value.decimalValue(), min, max));
    }

    private <T> T taken(String name, Reading<T> read) {
        if (read.problem() != null) {
            reject(name, read.problem());
        }
        return read.value();
    }

    Boolean bool(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            reject(name, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        if (value.isTextual()) {
            for (E constant : constants) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        reject(name, "must be one of " + String.join(", ", Arrays.stream(constants).map(Enum::name).toList()));
        return null;
    }

    /** Any short string, blank too (the body's {@code lang}: blank, it names no language, as an empty ?lang=). */
    String text(String name, int maxLength) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.textValue().length() > maxLength) {
            reject(name, "must be a string of at most " + maxLength + " characters");
            return null;
        }
        return value.textValue();
    }

    /** A string from a fixed list. */
    String choice(String name, List<String> choices) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && choices.contains(value.textValue())) {
            return value.textValue();
        }
        reject(name, "must be one of " + String.join(", ", choices));
        return null;
    }

    LocalDate date(String name) {
        JsonNode value = field(name);
        return value == null ? null : taken(name, DateReading.date(value.isTextual() ? value.textValue() : null));
    }

    /** Reports every field this reader was not asked for, suggesting the nearest known name. */
    void rejectUnknownFields() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String suggestion = FieldNames.nearest(name, known);
                reject(name, "is not a known field" + (suggestion == null ? ""
                        : "; did you mean '" + suggestion + "'?") + " (known: " + String.join(", ", known) + ")");
            }
        }
    }

    void reject(String name, String detail) {
        violations.add(new Violation(pathTo(name), detail));
    }

    String pathTo(String name) {
        return FieldNames.child(path, name);
    }

    /** A number given, or null (absent, or refused: not a number, or -0). */
    private JsonNode numberField(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            reject(name, "must be a JSON number");
            return null;
        }
        if (NegativeZeros.isOne(value)) {
            reject(name, "is -0, a negative zero: write 0");
            return null;
        }
        return value;
    }

    private JsonNode field(String name) {
        if (!known.contains(name)) {
            known.add(name);
        }
        JsonNode value = node.get(name);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            reject(name, "must not be null; leave out a fact you do not know");
            return null;
        }
        String again = DuplicateKeys.givenAgainAt(value);
        if (again != null) {
            reject(name, "is given more than once (again" + again + "); give it once");
            return null;
        }
        return value;
    }
}

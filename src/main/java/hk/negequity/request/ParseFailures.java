package hk.negequity.request;

import static hk.negequity.request.JsonBodies.MAX_NAME_LENGTH;
import static hk.negequity.request.JsonBodies.MAX_NESTING_DEPTH;
import static hk.negequity.request.JsonBodies.MAX_NUMBER_LENGTH;
import static hk.negequity.request.JsonBodies.MAX_STRING_LENGTH;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/**
 * The problem for a body the parser refused on a limit or a number: the parser says neither where nor, for a
 * very long number, which limit, so the body is read again, token by token, up to the same failure (only for a
 * refused body; bounded by the body limit).
 */
final class ParseFailures {

    private final JsonFactory factory;

    ParseFailures(JsonFactory factory) {
        this.factory = factory;
    }

    /** A body beyond a parsing limit: which limit, in the service's words, at the field where it was crossed. */
    InvalidRequestException beyondLimit(StreamConstraintsException e, byte[] body, int offset, int length) {
        Failure at = failure(body, offset, length, StreamConstraintsException.class);
        boolean inNumber = at.byteOffset() >= 0 && inNumber(body, offset + (int) Math.min(at.byteOffset(), length));
        return InvalidRequestException.of(at.path(), "the body exceeds a parsing limit: " + limit(e, inNumber));
    }

    /** A number whose exponent fits no number type; the parser's message quotes the value, so it is not passed on. */
    InvalidRequestException exponentOutOfRange(byte[] body, int offset, int length) {
        return InvalidRequestException.of(failure(body, offset, length, NumberFormatException.class).path(),
                NumberReading.EXPONENT_OUT_OF_RANGE);
    }

    /** Which limit, in the service's words: the parser's own message names its configuration methods. */
    private static String limit(StreamConstraintsException e, boolean inNumber) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("String value length") && inNumber) {
            // A number thousands of digits long fills the parser's text buffer before its own limit is checked.
            return "a number has more than " + MAX_NUMBER_LENGTH + " digits";
        }
        if (message.startsWith("Document nesting depth")) {
            return "it nests objects and arrays more than " + MAX_NESTING_DEPTH + " deep";
        }
        if (message.startsWith("Number value length")) {
            return "a number has more than " + MAX_NUMBER_LENGTH + " digits";
        }
        if (message.startsWith("String value length")) {
            return "a string has more than " + MAX_STRING_LENGTH + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a field name has more than " + MAX_NAME_LENGTH + " characters";
        }
        return "it is too large to read";
    }

    /** Whether the bytes just before {@code end} are a number's, back to the ':', ',' or '[' before it, or the start. */
    private static boolean inNumber(byte[] body, int end) {
        int i = Math.min(end, body.length) - 1;
        int digits = 0;
        while (i >= 0 && "0123456789.eE+-".indexOf(body[i]) >= 0) {
            digits += Character.isDigit(body[i]) ? 1 : 0;
            i--;
        }
        while (i >= 0 && Character.isWhitespace(body[i])) {
            i--;
        }
        return digits > 0 && (i < 0 || body[i] == ':' || body[i] == ',' || body[i] == '[');
    }

    private Failure failure(byte[] body, int offset, int length, Class<? extends Exception> failure) {
        try (JsonParser parser = factory.createParser(body, offset, length)) {
            try {
                for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                        parser.getDecimalValue(); // as the tree reads it
                    } else if (token.isScalarValue()) {
                        parser.getText(); // a string's length is checked when it is read
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (failure.isInstance(e)) {
                    return new Failure(JsonBodies.pathAt(parser), parser.currentLocation().getByteOffset());
                }
            }
        } catch (IOException e) {
            // Not the same failure: no path to give.
        }
        return new Failure("", -1);
    }

    /** Where the reading failed: the field, and how far into the part read (-1: not known). */
    private record Failure(String path, long byteOffset) {
    }
}

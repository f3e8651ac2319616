package hk.negequity.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A negative zero (-0, -0.0, -0e5) is refused by its path, as NaN and Infinity are: a sign on nothing is a
 * mistake in the sender's figures (issue 8), and read as 0 it would pass unnoticed. The tree reads -0 as 0, so
 * only the text shows the sign: a body is read again only where its text holds a number starting "-0", and each
 * one found is put back in the tree as -0.0 for the reader to refuse where it reads that field.
 */
final class NegativeZeros {

    private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);

    private NegativeZeros() {
    }

    /**
     * The tree with each negative zero in it written as the double -0.0, which {@link FieldReader} refuses by its
     * path beside every other mistake in the body (refusing the body at the first -0 had hidden the others).
     */
    static JsonNode marked(JsonFactory factory, byte[] body, int offset, int length, JsonNode tree) throws IOException {
        if (!mayHoldOne(body, offset, length)) {
            return tree;
        }
        try (JsonParser parser = factory.createParser(body, offset, length)) {
            for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isNumeric() && parser.getText().startsWith("-") && parser.getDecimalValue().signum() == 0) {
                    mark(tree, parser.getParsingContext().pathAsPointer());
                }
            }
        }
        return tree;
    }

    /** Whether a value in the tree is a negative zero as {@link #marked} writes one. */
    static boolean isOne(JsonNode value) {
        return value.isDouble() && Double.doubleToRawLongBits(value.doubleValue()) == NEGATIVE_ZERO_BITS;
    }

    private static void mark(JsonNode tree, JsonPointer at) {
        if (at.matches()) {
            return; // the whole body is -0: not an object, which the reader says
        }
        JsonNode parent = tree.at(at.head());
        JsonPointer last = at.last();
        if (parent instanceof ObjectNode object) {
            object.set(last.getMatchingProperty(), DoubleNode.valueOf(-0.0));
        } else if (parent instanceof ArrayNode array && last.getMatchingIndex() >= 0) {
            array.set(last.getMatchingIndex(), DoubleNode.valueOf(-0.0));
        }
    }

    /** A "-0" where a number can start: not inside a date ("2024-03-01"), where a digit comes before it. */
    private static boolean mayHoldOne(byte[] body, int offset, int length) {
        for (int i = offset; i < offset + length - 1; i++) {
            if (body[i] == '-' && body[i + 1] == '0' && (i == offset || !isDigit(body[i - 1]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}

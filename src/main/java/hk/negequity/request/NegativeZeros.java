package hk.negequity.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A negative zero (-0, -0.0, -0e5) is refused by its path, as NaN and Infinity are: a sign on nothing is a
 * mistake in the sender's figures (issue 8), and read as 0 it would pass unnoticed. The tree reads -0 as 0, so
 * only the text shows the sign: a body is read again only where its text holds a number starting "-0".
 */
final class NegativeZeros {

    private NegativeZeros() {
    }

    static void reject(JsonFactory factory, byte[] body, int offset, int length) throws IOException {
        if (!mayHoldOne(body, offset, length)) {
            return;
        }
        try (JsonParser parser = factory.createParser(body, offset, length)) {
            for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isNumeric() && parser.getText().startsWith("-") && parser.getDecimalValue().signum() == 0) {
                    throw InvalidRequestException.of(JsonBodies.pathAt(parser), "is -0, a negative zero: write 0");
                }
            }
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

package hk.negequity.request;

/** What a request body's bytes say before any JSON is parsed: its encoding, and whether it holds anything. */
final class BodyBytes {

    private BodyBytes() {
    }

    /**
     * The parser would read a body in UTF-16 or UTF-32 (a byte order mark, or a zero byte among the first four,
     * which UTF-8 JSON never has) as such: only UTF-8 is accepted, as the Content-Type says.
     */
    static void requireUtf8(byte[] body, int offset, int length) {
        int first = length > 0 ? body[offset] & 0xFF : -1;
        int second = length > 1 ? body[offset + 1] & 0xFF : -1;
        boolean utf16Mark = (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE);
        if (utf16Mark || zeroAmongFirstFour(body, offset, length)) {
            throw InvalidRequestException.of("", "the body is not UTF-8 (it reads as UTF-16 or UTF-32); send JSON"
                    + " encoded as UTF-8");
        }
    }

    /** Whether a zero byte is among the first four: UTF-16 or -32 to the parser, a raw control character in UTF-8. */
    static boolean zeroAmongFirstFour(byte[] body, int offset, int length) {
        for (int i = offset; i < offset + Math.min(length, 4); i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(byte[] body) {
        return firstNonSpace(body) < 0;
    }

    /**
     * The first byte (0–255) that is not JSON white space, after a UTF-8 byte order mark if there is one (the
     * parser skips it too), or -1 for none.
     */
    static int firstNonSpace(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b & 0xFF;
            }
        }
        return -1;
    }
}

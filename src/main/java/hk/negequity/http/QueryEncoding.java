package hk.negequity.http;

import hk.negequity.request.InvalidRequestException;
import hk.negequity.request.Violation;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A query string the server can read as its client wrote it, or a 400 naming each parameter it cannot. */
final class QueryEncoding {

    private QueryEncoding() {
    }

    /**
     * A query whose percent-encoding is broken (?explain=%ZZ), or whose bytes are not UTF-8 (?lang=%ff), is refused,
     * naming each such parameter: the server would otherwise read every parameter as absent, or a mangled value as
     * some other one. The body is not read: its answer would rest on a query that cannot be.
     */
    static void requireReadable(Context ctx) {
        String query = ctx.queryString();
        if (query == null) {
            return;
        }
        List<Violation> broken = new ArrayList<>();
        for (String pair : query.split("&")) {
            String problem = problemWith(pair);
            if (problem != null) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                Violation violation = new Violation("?" + name, problem);
                if (!broken.contains(violation)) { // a parameter given twice, broken twice, is named once
                    broken.add(violation);
                }
            }
        }
        if (!broken.isEmpty()) {
            throw new InvalidRequestException(broken);
        }
    }

    /**
     * What is wrong with one {@code name=value} pair, or null: an escape that is not {@code %} and two hex digits, or
     * escapes whose bytes, with the characters between them, are not UTF-8 (the lenient decoder would turn
     * {@code %ff} into U+FFFD without a word). One pass, as the decoder would read it.
     */
    private static String problemWith(String pair) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < pair.length(); i++) {
            char c = pair.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < pair.length() ? Character.digit(pair.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(pair.charAt(i + 2), 16);
            if (low < 0) {
                return "the parameter's percent-encoding is broken";
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return "the parameter's percent-escapes are not UTF-8";
        }
    }
}

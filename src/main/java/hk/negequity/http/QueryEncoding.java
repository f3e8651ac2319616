package hk.negequity.http;

import hk.negequity.request.InvalidRequestException;
import hk.negequity.request.Violation;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
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
            String problem = null;
            try {
                URLDecoder.decode(pair, StandardCharsets.UTF_8);
                if (!isUtf8(pair)) {
                    problem = "the parameter's percent-escapes are not UTF-8";
                }
            } catch (IllegalArgumentException e) {
                problem = "the parameter's percent-encoding is broken";
            }
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
     * Whether the pair's percent-escapes, read as bytes with the characters between them, make UTF-8: the lenient
     * decoder turns {@code %ff} into U+FFFD without a word. The escapes are whole: URLDecoder has checked them.
     */
    private static boolean isUtf8(String pair) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < pair.length(); i++) {
            char c = pair.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(pair.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

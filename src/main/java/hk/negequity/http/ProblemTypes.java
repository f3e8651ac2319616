package hk.negequity.http;

import hk.negequity.advice.Problem;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A page for each problem type, at its type URI ({@code /problems/invalid-request}): RFC 9457 recommends that a
 * type URI lead to human-readable documentation. The words are in {@code problem-types.properties}.
 */
final class ProblemTypes {

    static final String ROUTE = Problem.TYPE_PREFIX + "{type}";

    private static final Map<String, String> DESCRIPTIONS = load();

    private ProblemTypes() {
    }

    static void register(JavalinConfig config) {
        GetRoutes.add(config, ROUTE, ProblemTypes::page);
    }

    /** The types documented, each with what it means. */
    static Map<String, String> descriptions() {
        return DESCRIPTIONS;
    }

    private static void page(Context ctx) {
        String type = ctx.pathParam("type");
        String description = DESCRIPTIONS.get(type);
        if (description == null) {
            throw new ProblemException(Problem.of("not-found", "Not found", 404, "no problem type '"
                    + (type.length() > 100 ? type.substring(0, 100) + "…" : type) + "'; the types are those "
                    + "/openapi.json lists under Problem", ctx.path()));
        }
        ctx.contentType("text/html; charset=utf-8").result("""
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%1$s — Negative Equity Advisor</title></head>
                <body>
                <h1>Problem type %1$s</h1>
                <p>%2$s</p>
                <p>The problem's body (application/problem+json) says what went wrong with this request in
                <code>detail</code>; the API is described in <a href="/docs">/docs</a>.</p>
                </body>
                </html>
                """.formatted(html(Problem.TYPE_PREFIX + type), html(description)));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = ProblemTypes.class.getResourceAsStream("/problem-types.properties")) {
            if (in == null) {
                throw new IllegalStateException("problem-types.properties is missing from the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> descriptions = new TreeMap<>();
        properties.forEach((type, description) -> descriptions.put((String) type, (String) description));
        return Map.copyOf(descriptions);
    }
}

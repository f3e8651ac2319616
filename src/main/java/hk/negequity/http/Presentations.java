package hk.negequity.http;

import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.advice.Languages;
import hk.negequity.advice.Presentation;
import hk.negequity.engine.RuleSet;
import hk.negequity.request.InvalidRequestException;
import hk.negequity.request.RequestReader;
import io.javalin.http.Context;
import java.util.Set;

/** Reads how the client wants the answer: {@code lang}, {@code ?lang=} or Accept-Language, and {@code ?explain=true}. */
final class Presentations {

    private Presentations() {
    }

    static Presentation of(Context ctx, JsonNode body, RequestReader reader, RuleSet ruleSet) {
        Set<String> languages = ruleSet.catalogues().keySet();
        String language = Languages.choose(reader.language(body), asked(ctx), languages);
        return new Presentation(language, explain(ctx));
    }

    /** The language asked for outside the body: {@code ?lang=} (as GET /v1/rules takes it), then Accept-Language. */
    static Languages.Asked asked(Context ctx) {
        return new Languages.Asked(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    }

    static boolean explain(Context ctx) {
        java.util.List<String> given = ctx.queryParams("explain");
        if (given.size() > 1) {
            throw InvalidRequestException.of("?explain", "must be given once, true or false");
        }
        String explain = given.isEmpty() ? null : given.get(0);
        if (explain == null && mentions(ctx.queryString(), "explain")) {
            // The parameter is there, but its percent-encoding is broken and it could not be read.
            throw InvalidRequestException.of("?explain", "must be true or false");
        }
        if (explain == null || explain.equals("false")) {
            return false;
        }
        if (explain.equals("true")) {
            return true;
        }
        throw InvalidRequestException.of("?explain", "must be true or false");
    }

    private static boolean mentions(String query, String name) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.equals(name) || pair.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    /** The answer's language, and that it depends on the request's Accept-Language. */
    static void describe(Context ctx, String language) {
        ctx.header("Content-Language", language);
        ctx.header("Vary", "Accept-Language");
    }
}

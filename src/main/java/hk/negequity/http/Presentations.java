package hk.negequity.http;

import hk.negequity.advice.Languages;
import hk.negequity.advice.Presentation;
import hk.negequity.engine.RuleSet;
import hk.negequity.request.FieldNames;
import hk.negequity.request.InvalidRequestException;
import hk.negequity.request.RequestReader;
import hk.negequity.request.Violation;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads how the client wants the answer: {@code lang}, {@code ?lang=} or Accept-Language, and {@code ?explain=true}. */
final class Presentations {

    static final String LANG = "lang";
    static final String EXPLAIN = "explain";

    private Presentations() {
    }

    /**
     * Reads what {@code read} reads from the body, reporting the query's problems with the body's: one answer names
     * every bad field and parameter. The query's come first, as the URL comes before the body.
     */
    static <T> T withQuery(Context ctx, Supplier<T> read, String... known) {
        List<Violation> query = queryViolations(ctx, known);
        T value;
        try {
            value = read.get();
        } catch (InvalidRequestException e) {
            if (query.isEmpty()) {
                throw e;
            }
            List<Violation> all = new ArrayList<>(query);
            all.addAll(e.violations());
            throw new InvalidRequestException(all);
        }
        if (!query.isEmpty()) {
            throw new InvalidRequestException(query);
        }
        return value;
    }

    /** The presentation of a request read as a {@link SingleRequest}, whose query is checked. */
    static Presentation of(Context ctx, SingleRequest read, RequestReader reader, RuleSet ruleSet) {
        Set<String> languages = ruleSet.catalogues().keySet();
        String language = Languages.choose(reader.language(read.body()), asked(ctx), languages);
        return new Presentation(language, explain(ctx));
    }

    /** The language asked for outside the body: {@code ?lang=} (as GET /v1/rules takes it), then Accept-Language. */
    static Languages.Asked asked(Context ctx) {
        String lang = once(ctx, LANG, "must be given once");
        if (lang != null && lang.length() > RequestReader.MAX_LANG_LENGTH) {
            throw InvalidRequestException.of("?lang", "must be a language tag of at most "
                    + RequestReader.MAX_LANG_LENGTH + " characters");
        }
        // A header sent on several lines is one list (RFC 9110 §5.3): "fr" then "zh-HK" reads as "fr, zh-HK".
        java.util.Enumeration<String> lines = ctx.req().getHeaders("Accept-Language");
        String header = lines == null || !lines.hasMoreElements() ? null
                : String.join(", ", java.util.Collections.list(lines));
        return new Languages.Asked(lang, header);
    }

    static boolean explain(Context ctx) {
        String explain = once(ctx, EXPLAIN, "must be given once, true or false");
        if (explain == null || explain.equals("false")) {
            return false;
        }
        if (explain.equals("true")) {
            return true;
        }
        throw InvalidRequestException.of("?explain", "must be true or false");
    }

    /** A query parameter's value, or null; given twice, it is refused: which one was meant cannot be told. */
    private static String once(Context ctx, String name, String detail) {
        List<String> given = ctx.queryParams(name);
        if (given.size() > 1) {
            throw InvalidRequestException.of("?" + name, detail);
        }
        return given.isEmpty() ? null : given.get(0);
    }

    /** Refuses a query with any problem {@link #queryViolations} finds, naming each. */
    static void requireOnly(Context ctx, String... known) {
        List<Violation> violations = queryViolations(ctx, known);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /**
     * Every query parameter is one the route reads: a misspelt switch ({@code ?explian=true}) would otherwise be
     * ignored, and the answer would silently lack what was asked for. Each unknown one is named; an empty name
     * (the stray {@code &} of {@code ?lang=en&}) is no parameter at all, but a value with no name ({@code ?=x}) is
     * refused: it was meant for some parameter. The known ones are read as {@link #asked} and {@link #explain}
     * read them, and each of their problems is named too.
     */
    static List<Violation> queryViolations(Context ctx, String... known) {
        List<String> names = List.of(known);
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
            String name = parameter.getKey();
            if (name.isEmpty()) {
                // A stray '&' is nothing; "=x" is a value that lost its name, which no route reads.
                if (parameter.getValue().stream().anyMatch(value -> !value.isEmpty())) {
                    violations.add(new Violation("?", "a parameter has a value but no name: write name=value"
                            + (names.isEmpty() ? " (" + ctx.method() + " " + ctx.path() + " takes none)"
                            : " (known: " + String.join(", ", names) + ")")));
                }
            } else if (!names.contains(name)) {
                String nearest = FieldNames.nearest(name, names);
                violations.add(new Violation("?" + name, "is not a parameter of " + ctx.method() + " " + ctx.path()
                        + (nearest == null ? "" : "; did you mean '" + nearest + "'?")
                        + (names.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", names) + ")")));
            }
        }
        if (names.contains(LANG)) {
            collect(violations, () -> asked(ctx));
        }
        if (names.contains(EXPLAIN)) {
            collect(violations, () -> explain(ctx));
        }
        return violations;
    }

    private static void collect(List<Violation> violations, Runnable reading) {
        try {
            reading.run();
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
        }
    }

    /** The answer's language, and that it depends on the request's Accept-Language. */
    static void describe(Context ctx, String language) {
        ctx.header("Content-Language", language);
        ctx.header("Vary", "Accept-Language");
    }
}

package hk.negequity.http;

import hk.negequity.advice.Problem;
import hk.negequity.engine.RuleSetHolder;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /v1/admin/rules/reload, for the people who keep the rules: needs {@code Authorization: Bearer}
 * with the configured admin token. Without a configured token the admin routes do not exist (404).
 */
final class AdminHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);

    private final RuleSetHolder holder;
    private final byte[] tokenDigest;

    /** @param token the admin token; null or blank turns the admin routes off */
    AdminHandler(RuleSetHolder holder, String token) {
        this.holder = holder;
        this.tokenDigest = token == null || token.isBlank() || holder == null ? null : digest(token);
    }

    /** The answer to a successful reload. */
    record Reloaded(String rulesetVersion, String previousVersion, boolean changed, int ruleCount, String loadedAt,
                    long tookMillis) {
    }

    /** One problem of a refused reload, with its {@code file:line: message} text. */
    record FileProblem(String file, int line, String message, String text) {
    }

    record Refused(String type, String title, int status, String detail, String instance, String rulesetVersion,
                   List<FileProblem> problems) {
    }

    void reload(Context ctx) {
        if (tokenDigest == null) {
            throw new ProblemException(Problem.of("not-found", "Not found", 404, "no route " + ctx.method() + " "
                    + ctx.path(), ctx.path()));
        }
        if (!authorised(ctx.header("Authorization"))) {
            // Never the token itself, right or wrong.
            LOG.warn("refused an admin request to {} from {}: missing or wrong bearer token", ctx.path(), ctx.ip());
            ctx.header("WWW-Authenticate", "Bearer realm=\"advisor-admin\"");
            throw new ProblemException(Problem.of("unauthorized", "Unauthorized", 401,
                    "this route needs Authorization: Bearer with the admin token", ctx.path()));
        }
        Presentations.requireOnly(ctx);
        RuleSetHolder.Outcome outcome = holder.reload();
        if (outcome.reloaded()) {
            LOG.info("rules reloaded over HTTP: rulesetVersion {} -> {} ({} rules, {} ms)", outcome.previousVersion(),
                    outcome.serving().version(), outcome.serving().ruleCount(), outcome.took().toMillis());
            ctx.header(AdvisorApp.RULESET_VERSION, outcome.serving().version());
            Json.write(ctx, 200, new Reloaded(outcome.serving().version(), outcome.previousVersion(), outcome.changed(),
                    outcome.serving().ruleCount(), outcome.serving().loadedAt().toString(), outcome.took().toMillis()));
            return;
        }
        LOG.warn("rules not reloaded over HTTP: {} problem(s); still serving rulesetVersion {}",
                outcome.problems().size(), outcome.serving().version());
        ctx.attribute(Operations.PROBLEM_TYPE, Problem.TYPE_PREFIX + "rules-not-loaded");
        List<FileProblem> problems = outcome.problems().stream()
                .map(p -> new FileProblem(p.file(), p.line(), p.message(), p.toString())).toList();
        ctx.status(422).contentType(Json.PROBLEM_JSON + "; charset=utf-8").result(hk.negequity.advice.AnswerJson
                .bytes(new Refused(Problem.TYPE_PREFIX + "rules-not-loaded", "The rule files do not load", 422,
                        problems.size() + " problem(s) in the rule files; the rules in service are unchanged",
                        ctx.path(), outcome.serving().version(), problems)));
    }

    boolean enabled() {
        return tokenDigest != null;
    }

    /** Compares digests, in constant time, so neither the token nor its length leaks through timing. */
    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, digest(header.substring(7).strip()));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

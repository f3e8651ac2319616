package hk.negequity.http;

import hk.negequity.advice.Batch;
import hk.negequity.advice.PreApprovalAnswer;
import hk.negequity.advice.PreApprovalService;
import hk.negequity.advice.Problem;
import hk.negequity.advice.RawJson;
import hk.negequity.request.BatchBodies;
import hk.negequity.request.JsonBodies;
import hk.negequity.request.RequestReader;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;

/** POST /v1/pre-approval and its batch form: a broker's verdict on one case or on up to 1,000. */
final class PreApprovalHandler {

    private final PreApprovalService service;
    private final Batch<PreApprovalAnswer> batch;
    private final JsonBodies bodies = new JsonBodies();
    private final BatchBodies batchBodies = new BatchBodies();
    private final RequestReader reader = new RequestReader();
    private final HttpSettings settings;
    private final Clock clock;

    PreApprovalHandler(PreApprovalService service, Batch<PreApprovalAnswer> batch, HttpSettings settings,
                       Clock clock) {
        this.service = service;
        this.batch = batch;
        this.settings = settings;
        this.clock = clock;
    }

    void preApprove(Context ctx) {
        var read = SingleRequest.read(ctx, bodies, reader, settings, today());
        var answer = service.preApprove(read.request(),
                Presentations.of(ctx, read, reader, service.currentRuleSet()));
        Presentations.describe(ctx, answer.language());
        ctx.header(AdvisorApp.RULESET_VERSION, answer.rulesetVersion());
        ctx.attribute(Operations.ADVICE_CODES, answer.advice().stream().map(a -> a.code()).toList());
        Json.write(ctx, 200, answer);
    }

    void preApproveAll(Context ctx) {
        var cases = Presentations.withQuery(ctx,
                () -> batchBodies.parse(RequestBodies.read(ctx, settings.maxBatchBodyBytes(), settings.idleTimeoutMillis())),
                Presentations.LANG, Presentations.EXPLAIN);
        try {
            boolean explain = Presentations.explain(ctx);
            var answer = batch.run(cases, today(), Presentations.asked(ctx), explain, ctx.path(), RawJson::of);
            ctx.header(AdvisorApp.RULESET_VERSION, answer.rulesetVersion());
            ctx.attribute(Operations.ADVICE_CODES, answer.adviceCodes());
            // Cases without their own lang are answered in the Accept-Language (each case says its language).
            ctx.header("Vary", "Accept-Language");
            if (!answer.languages().isEmpty()) {
                ctx.header("Content-Language", String.join(", ", answer.languages()));
            }
            Json.writeLarge(ctx, 200, answer);
        } catch (Batch.TooManyCasesException e) {
            throw new ProblemException(Problem.of("batch-too-large", "Too many cases in one batch", 413,
                    e.getMessage(), ctx.path()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AdviceHandler.HONG_KONG));
    }
}

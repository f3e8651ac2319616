package hk.negequity.http;

import hk.negequity.advice.AdviceAnswer;
import hk.negequity.advice.AdviceService;
import hk.negequity.request.JsonBodies;
import hk.negequity.request.RequestReader;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** POST /v1/advice: a borrower's facts in, the advice that fires out. */
final class AdviceHandler {

    static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

    private final AdviceService service;
    private final JsonBodies bodies = new JsonBodies();
    private final RequestReader reader = new RequestReader();
    private final HttpSettings settings;
    private final Clock clock;

    AdviceHandler(AdviceService service, HttpSettings settings, Clock clock) {
        this.service = service;
        this.settings = settings;
        this.clock = clock;
    }

    void advise(Context ctx) {
        SingleRequest read = SingleRequest.read(ctx, bodies, reader, settings, today());
        AdviceAnswer answer = service.advise(read.request(),
                Presentations.of(ctx, read, reader, service.currentRuleSet()));
        Presentations.describe(ctx, answer.language());
        ctx.header(AdvisorApp.RULESET_VERSION, answer.rulesetVersion());
        ctx.attribute(Operations.ADVICE_CODES, answer.advice().stream().map(a -> a.code()).toList());
        Json.write(ctx, 200, answer);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HONG_KONG));
    }
}

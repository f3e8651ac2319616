package hk.negequity.http;

import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.model.AdviceRequest;
import hk.negequity.request.JsonBodies;
import hk.negequity.request.RequestReader;
import io.javalin.http.Context;
import java.time.LocalDate;

/** One case's body as read, with its query checked: a bad body and a bad query are named in one answer. */
record SingleRequest(JsonNode body, AdviceRequest request) {

    static SingleRequest read(Context ctx, JsonBodies bodies, RequestReader reader, HttpSettings settings,
                              LocalDate today) {
        return Presentations.withQuery(ctx, () -> {
            JsonNode body = bodies.parse(RequestBodies.read(ctx, settings.maxBodyBytes(), settings.idleTimeoutMillis()));
            return new SingleRequest(body, reader.read(body, today));
        }, Presentations.LANG, Presentations.EXPLAIN);
    }
}

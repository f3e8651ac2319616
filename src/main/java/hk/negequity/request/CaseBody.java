package hk.negequity.request;

import com.fasterxml.jackson.databind.JsonNode;

/** One case of a batch, read when it is judged: its tree, or an {@link InvalidRequestException} saying why not. */
@FunctionalInterface
public interface CaseBody {

    JsonNode read();

    static CaseBody of(JsonNode node) {
        return () -> node;
    }
}

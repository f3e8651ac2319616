package hk.negequity.request;

import com.fasterxml.jackson.databind.JsonNode;

/** One case of a batch, read when it is judged: its tree, or an {@link InvalidRequestException} saying why not. */
@FunctionalInterface
public interface CaseBody {

    JsonNode read();

    /**
     * Which fields the case gives, as a number that cases giving the same fields share (in any order, whatever
     * their values), so that alike cases can be judged one after another; 0 where not known. Two unlike cases may
     * share one: it orders work, and decides nothing.
     */
    default long shape() {
        return 0;
    }

    static CaseBody of(JsonNode node) {
        return () -> node;
    }
}

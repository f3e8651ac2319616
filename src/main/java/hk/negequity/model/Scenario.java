package hk.negequity.model;

/** A what-if: the current value (or the lending base) moves by this many percent. */
public record Scenario(Double priceChangePct) {

    public static final Scenario NONE = new Scenario(null);
}

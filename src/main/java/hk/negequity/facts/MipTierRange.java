package hk.negequity.facts;

/**
 * At this lending base, the loans only mortgage insurance's first-time buyer tier allows: above what it
 * insures for anyone, up to what it insures for a salaried first-time buyer.
 */
public record MipTierRange(double anyoneMax, double firstTimeBuyerMax) {
}

package hk.negequity.facts;

/**
 * The flat would take the 2024-12-04 special scheme but for whether it was bought on stage payment, which is not
 * given, and the loan is within the scheme's limit: the standard cap is not held against it until that is known,
 * and a pre-approval asks for the fact instead.
 */
public record SpecialSchemeUndecided() {
}

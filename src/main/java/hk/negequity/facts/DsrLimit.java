package hk.negequity.facts;

/** The debt-servicing cap that applies: (instalment + other debt) ÷ income, in percent. */
public record DsrLimit(LimitKind kind, double capPct, String source) {
}

package hk.negequity.policy;

/** One band of a MIP table for one tier, a row of {@code rules/policy/mip-bands.csv}. */
public record MipBand(String version, MipTier tier, double valueAbove, double valueUpTo, Double maxLtvPct,
                      Double loanCap, double dsrCapPct, String source, int line) implements ValueBand {
}

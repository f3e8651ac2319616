package hk.negequity.policy;

import hk.negequity.model.Use;

/** One HKMA LTV band of a regime for one use, a row of {@code rules/policy/ltv-caps.csv}. */
public record LtvBand(String regime, Use use, double valueAbove, double valueUpTo, Double maxLtvPct, Double loanCap,
                      String source, int line) implements ValueBand {
}

package hk.negequity.facts;

import hk.negequity.policy.MipTier;

/** The mortgage-insurance tier this borrower belongs to. */
public record MipTierOf(MipTier tier) {
}

package hk.negequity.facts;

/** Whose limit applies: the HKMA's, the Mortgage Insurance Programme's, or a special scheme's. */
public enum LimitKind { HKMA, MORTGAGE_INSURANCE, SPECIAL_SCHEME }

package hk.negequity.facts;

/** How much an advice item matters; declared from least to most serious. */
public enum Severity { INFO, WARNING, CRITICAL }

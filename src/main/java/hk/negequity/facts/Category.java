package hk.negequity.facts;

/** The concern an advice item belongs to. The declaration order is the order advice of equal severity is listed in. */
public enum Category { POLICY, LTV, SCHEME, DEBT_SERVICE, PRICE, RESERVE, EQUITY, CALL_LOAN, ARREARS }

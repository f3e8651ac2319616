package hk.negequity.facts;

/**
 * The concern an advice item belongs to. The declaration order is the order advice of equal severity is listed in:
 * a borrower whose bank may call the loan, or who is behind, reads that first; how the loan was drawn can wait. Among
 * the information, the seed's reassurance that a loan repaid on time is generally not called comes first too.
 */
public enum Category { CALL_LOAN, ARREARS, POLICY, LTV, SCHEME, DEBT_SERVICE, PRICE, RESERVE, EQUITY }

package hk.negequity.model;

/** The kind of mortgage: a bank's standard loan, one under the Mortgage Insurance Programme, or a staff loan. */
public enum Scheme { STANDARD, MORTGAGE_INSURANCE, STAFF_LOAN }

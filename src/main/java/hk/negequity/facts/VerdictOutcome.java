package hk.negequity.facts;

/** A pre-approval's verdict. */
public enum VerdictOutcome { PASS, REFER, DECLINE }

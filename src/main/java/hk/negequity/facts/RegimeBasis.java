package hk.negequity.facts;

/** Why a regime date was chosen. */
public enum RegimeBasis {
    /** A completed flat: the limits in force on the agreement date. */
    AGREEMENT_DATE,
    /** No agreement date given: the limits in force on the advice date. */
    AS_OF_DATE,
    /** An uncompleted flat completes later: the limits in force then, as far as known today. */
    COMPLETION_AFTER_AS_OF
}

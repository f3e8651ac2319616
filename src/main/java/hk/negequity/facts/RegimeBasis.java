package hk.negequity.facts;

/** Why a regime date was chosen. */
public enum RegimeBasis {
    /** A completed flat: the limits in force on the agreement date. */
    AGREEMENT_DATE,
    /** No agreement date given: the limits in force on the advice date. */
    AS_OF_DATE,
    /**
     * An uncompleted flat takes the limits in force when it completes, after the advice date: as far as
     * known, those in force on the advice date (or on the agreement date, if that is later).
     */
    UNCOMPLETED_FLAT
}

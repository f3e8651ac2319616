package hk.negequity.explain;

/** A condition's outcome: it holds, it does not, or it cannot be decided because a fact is missing. */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    static Truth of(boolean holds) {
        return holds ? TRUE : FALSE;
    }

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
    }

    Truth not() {
        return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
    }
}

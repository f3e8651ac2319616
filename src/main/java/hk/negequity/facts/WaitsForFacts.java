package hk.negequity.facts;

import java.util.List;

/**
 * A fact the rules insert because some of the borrower's facts are not given: a rule that needs its absence is
 * waiting for those facts, not decided against. The explainer reports such a rule as undecided, and asks for them.
 */
public interface WaitsForFacts {

    /** The paths in the request (those not given among them) whose answers would decide it. */
    List<String> waitingFor();
}

package hk.negequity.facts;

import java.util.List;

/**
 * The repayments are above the regime's cap on the debt-servicing ratio but within the 2024-12-04 scheme's, and
 * whether the scheme applies waits for facts not given: the regime's cap is not held against the borrower until
 * they are, and a pre-approval asks for them instead.
 *
 * @param waitingFor the facts that decide the scheme, as the rule names them
 */
public record SpecialSchemeDsrUndecided(List<String> waitingFor) implements WaitsForFacts {
}

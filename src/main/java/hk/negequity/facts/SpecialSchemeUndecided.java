package hk.negequity.facts;

import java.util.List;

/**
 * The flat would take the 2024-12-04 special scheme but for a fact not given (stage payment, the valuation or the
 * price), and the loan may be within the scheme's limit: the standard cap is not held against it until that is known,
 * and a pre-approval asks for the fact instead.
 *
 * @param waitingFor the facts that decide the scheme, as the rule names them
 */
public record SpecialSchemeUndecided(List<String> waitingFor) implements WaitsForFacts {

    public SpecialSchemeUndecided(String... waitingFor) {
        this(List.of(waitingFor));
    }
}

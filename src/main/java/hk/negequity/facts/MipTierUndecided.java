package hk.negequity.facts;

import java.util.List;

/**
 * The loan is one only mortgage insurance's first-time buyer tier allows, and whether the borrower is in
 * that tier is not known yet (first-time buyer or salaried not given): the lower tier's limit is not held
 * against the loan until it is, and a pre-approval asks for the missing fact instead.
 *
 * @param waitingFor the facts that decide the tier, as the rule names them
 */
public record MipTierUndecided(List<String> waitingFor) implements WaitsForFacts {

    public MipTierUndecided(String... waitingFor) {
        this(List.of(waitingFor));
    }
}

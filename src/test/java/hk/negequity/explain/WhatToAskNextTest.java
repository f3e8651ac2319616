package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What to ask next: every fact a rule waits for, those that decide the most advice first. */
class WhatToAskNextTest {

    @Test
    void aFactOnlyAWordingWaitsForComesAfterTheFactsThatDecide() {
        // The plain reserve rule waits for the reserves and reads the payments made; its wording for a loan being
        // repaid waits for both.
        WhatToAskNext toAsk = new WhatToAskNext();
        toAsk.waits("RESERVE_BELOW_SIX_MONTHS", Set.of("reserves"), Set.of("reserves", "paymentsMade"), false);
        toAsk.waits("RESERVE_BELOW_SIX_MONTHS", Set.of("reserves", "paymentsMade"), Set.of("reserves", "paymentsMade"), false);
        toAsk.waits("RESERVE_ADEQUATE", Set.of("reserves"), Set.of("reserves", "paymentsMade"), false);

        assertThat(toAsk.needs()).extracting(Explanation.Need::fact).containsExactly("reserves", "paymentsMade");
        // The payments made unlock no advice of their own: they change the reserve warning's wording.
        assertThat(toAsk.needs().get(0).unlocks()).containsExactly("RESERVE_ADEQUATE", "RESERVE_BELOW_SIX_MONTHS");
        assertThat(toAsk.needs().get(1).unlocks()).isEmpty();
        assertThat(toAsk.needs().get(1).changesWording()).containsExactly("RESERVE_BELOW_SIX_MONTHS");
    }

    @Test
    void aRuleForAnotherReasonDecidesThoughItWaitsForMore() {
        // Mortgage insurance refused for a flat not for self-use, or for a tier the borrower is not in: the second
        // waits for more, but the first does not read the first-time buyer status at all.
        WhatToAskNext toAsk = new WhatToAskNext();
        toAsk.waits("MIP_NOT_ELIGIBLE", Set.of("use"), Set.of("use", "scheme"), false);
        toAsk.waits("MIP_NOT_ELIGIBLE", Set.of("use", "firstTimeBuyer"), Set.of("use", "scheme", "firstTimeBuyer"), false);
        toAsk.waits("RESERVE_ADEQUATE", Set.of("reserves"), Set.of("reserves"), false);
        toAsk.waits("RESERVE_BELOW_SIX_MONTHS", Set.of("reserves"), Set.of("reserves"), false);

        assertThat(toAsk.needs()).extracting(Explanation.Need::fact).containsExactly("reserves", "firstTimeBuyer", "use");
    }

    @Test
    void rulesThatWaitForDifferentFactsEachCount() {
        WhatToAskNext toAsk = new WhatToAskNext();
        toAsk.waits("CALL_LOAN_RISK", Set.of("monthsInArrears"), Set.of("monthsInArrears"), false);
        toAsk.waits("CALL_LOAN_RISK", Set.of("bankrupt"), Set.of("bankrupt"), false);

        assertThat(toAsk.needs()).extracting(Explanation.Need::fact).containsExactly("bankrupt", "monthsInArrears");
    }

    @Test
    void aFactForAdviceAlreadyGivenComesAfterTheFactsForNewAdvice() {
        WhatToAskNext toAsk = new WhatToAskNext();
        toAsk.waits("LTV_ABOVE_SAFE_LEVEL", Set.of("paymentsMade"), Set.of("paymentsMade", "amount"), true);
        toAsk.waits("RESERVE_ADEQUATE", Set.of("reserves"), Set.of("reserves"), false);

        assertThat(toAsk.needs()).extracting(Explanation.Need::fact).containsExactly("reserves", "paymentsMade");
        assertThat(toAsk.needs().get(1).unlocks()).isEmpty();
        assertThat(toAsk.needs().get(1).changesWording()).containsExactly("LTV_ABOVE_SAFE_LEVEL");
    }

    /** Issue 4: ordered by how much advice each fact unlocks, as the list shows it. */
    @Test
    void theListIsOrderedByTheAdviceEachFactUnlocks() {
        WhatToAskNext toAsk = new WhatToAskNext();
        toAsk.waits("JOB_LOSS_CONTACT_BANK", Set.of("monthsInArrears"), Set.of("monthsInArrears"), false);
        toAsk.waits("ARREARS_REMINDER_STAGE", Set.of("monthsInArrears"), Set.of("monthsInArrears"), false);
        toAsk.waits("LTV_ABOVE_SAFE_LEVEL", Set.of("amount", "price"), Set.of("amount", "price", "paymentsMade"), false);
        toAsk.waits("LTV_ABOVE_SAFE_LEVEL", Set.of("amount", "price", "paymentsMade"),
                Set.of("amount", "price", "paymentsMade"), false);

        List<Explanation.Need> needs = toAsk.needs();

        assertThat(needs).extracting(Explanation.Need::fact).containsExactly("monthsInArrears", "amount", "price",
                "paymentsMade");
        for (int i = 1; i < needs.size(); i++) {
            assertThat(needs.get(i).unlocks().size()).isLessThanOrEqualTo(needs.get(i - 1).unlocks().size());
        }
    }

    @Test
    void whatAVerdictWaitsForDecidesTheLimitsItNames() {
        WhatToAskNext toAsk = new WhatToAskNext();
        toAsk.waits("RESERVE_ADEQUATE", Set.of("reserves"), Set.of("reserves"), false);
        toAsk.decides("agreementDate", List.of("LTV_ABOVE_POLICY_CAP", "DSR_ABOVE_CAP"));

        assertThat(toAsk.needs()).extracting(Explanation.Need::fact).containsExactly("agreementDate", "reserves");
    }

    @Test
    void aFactAdviceWasGivenOnAsADefaultIsAskedForLastWithTheAdviceItMayChange() {
        WhatToAskNext toAsk = new WhatToAskNext();
        toAsk.waits("RESERVE_ADEQUATE", Set.of("reserves"), Set.of("reserves"), false);
        toAsk.restsOn("RATE_RISE_SENSITIVITY", List.of("otherDebt"));
        toAsk.restsOn("NEGATIVE_EQUITY", List.of("otherDebt", "paymentsMade"));
        toAsk.restsOn("RESERVE_ADEQUATE", List.of("reserves"));

        assertThat(toAsk.needs()).extracting(Explanation.Need::fact).containsExactly("reserves", "otherDebt",
                "paymentsMade");
        assertThat(toAsk.needs().get(1).unlocks()).isEmpty();
        assertThat(toAsk.needs().get(1).mayChange()).containsExactly("NEGATIVE_EQUITY", "RATE_RISE_SENSITIVITY");
        // Advice the fact unlocks is not also advice it may change.
        assertThat(toAsk.needs().get(0).mayChange()).isEmpty();
    }
}

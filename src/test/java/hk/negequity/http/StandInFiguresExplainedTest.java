package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A figure worked out from what stands in for a fact not given (the lending base from the valuation alone, the
 * balance of a loan in arrears from the amount drawn) decides rules; the explanation says the fact could change that,
 * and asks for it, only where it could.
 */
class StandInFiguresExplainedTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode explained(String body) {
        return server.post("/v1/advice?explain=true", body).json();
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("advice").forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }

    private static List<String> unlockedBy(JsonNode answer, String fact) {
        List<String> unlocks = new ArrayList<>();
        for (JsonNode need : answer.get("needs")) {
            if (need.get("fact").asText().equals(fact)) {
                need.get("unlocks").forEach(code -> unlocks.add(code.asText()));
            }
        }
        return unlocks;
    }

    private static JsonNode notFired(JsonNode answer, String rule) {
        for (JsonNode entry : answer.get("notFired")) {
            if (entry.get("rule").asText().equals(rule)) {
                return entry;
            }
        }
        throw new AssertionError("no \"" + rule + "\" among the rules not fired");
    }

    @Test
    void aLoanWithinEightyPercentOfTheValuationAloneMayNotBeOnceThePriceIsGiven() {
        // Given: a valuation of HK$8M and no price; 5.4M is 67.5% of it, but a price of 6M would make it 90%.
        String valuationOnly = """
                { "asOf": "2026-11-28", "property": { "valuation": 8000000, "use": "SELF_USE" },
                  "loan": { "amount": 5400000, "scheme": "MORTGAGE_INSURANCE" } }""";

        // When
        JsonNode answer = explained(valuationOnly);

        // Then: the warning is not ruled out, it waits for the price, and the price is asked for with it.
        JsonNode warning = notFired(answer, "Critical: loan at 90% or more of the lending base");
        assertThat(warning.get("firstFailed").get("result").asText()).isEqualTo("UNKNOWN");
        assertThat(warning.get("missingFacts")).extracting(JsonNode::asText).containsExactly("property.price");
        assertThat(unlockedBy(answer, "property.price")).contains("LTV_ABOVE_SAFE_LEVEL", "PRICE_ABOVE_VALUATION");
        // And it is so: given the price, the warning comes.
        JsonNode withThePrice = explained(valuationOnly.replace("\"valuation\"", "\"price\": 6000000, \"valuation\""));
        assertThat(codes(withThePrice)).contains("LTV_ABOVE_SAFE_LEVEL");
    }

    @Test
    void theOtherOfPriceAndValuationCanOnlyRaiseTheLtvSoItUnlocksNoReassurance() {
        // Given: the price alone, at 85%: the valuation can lower the lending base, never raise it.
        JsonNode answer = explained("""
                { "asOf": "2026-11-28", "property": { "price": 6000000, "use": "SELF_USE" },
                  "loan": { "amount": 5100000, "scheme": "MORTGAGE_INSURANCE" } }""");

        // Then: the reassurance within 80% is decided; the critical warning at 90% is not.
        assertThat(codes(answer)).contains("LTV_ABOVE_SAFE_LEVEL").doesNotContain("LTV_WITHIN_SAFE_LEVEL");
        assertThat(notFired(answer, "Reassure: loan within the safe 80% of the lending base").get("firstFailed")
                .get("result").asText()).isEqualTo("FALSE");
        assertThat(unlockedBy(answer, "property.valuation")).doesNotContain("LTV_WITHIN_SAFE_LEVEL");
        assertThat(notFired(answer, "Critical: loan at 90% or more of the lending base").get("missingFacts"))
                .extracting(JsonNode::asText).containsExactly("property.valuation");
    }

    @Test
    void anOwnerInArrearsIsAskedForTheBalanceTheAmountDrawnStoodInFor() {
        // Given: three instalments overdue, the amount drawn, but neither the balance nor the instalments paid.
        String noBalance = """
                { "asOf": "2026-11-28",
                  "property": { "price": 6000000, "valuation": 6000000, "currentValue": 4600000, "use": "SELF_USE" },
                  "loan": { "amount": 5400000, "annualRatePct": 4, "tenorMonths": 360, "monthsInArrears": 3 } }""";

        // When
        JsonNode answer = explained(noBalance);

        // Then: the negative equity worked on the amount drawn stands, but the balance is asked for, with the
        // advice a lower one would bring.
        assertThat(codes(answer)).contains("NEGATIVE_EQUITY");
        assertThat(unlockedBy(answer, "loan.outstanding")).contains("NEAR_NEGATIVE_EQUITY");
        assertThat(unlockedBy(answer, "loan.paymentsMade")).isNotEmpty();
        // And it is so: with a balance of 4.4M the flat is worth more than is owed.
        JsonNode withTheBalance = explained(noBalance.replace("\"monthsInArrears\"", "\"outstanding\": 4400000, \"monthsInArrears\""));
        assertThat(codes(withTheBalance)).contains("NEAR_NEGATIVE_EQUITY").doesNotContain("NEGATIVE_EQUITY");
    }

    @Test
    void aFullyStatedOwnerInArrearsIsAskedForNothingMore() {
        JsonNode answer = explained("""
                { "asOf": "2026-11-28",
                  "property": { "price": 6000000, "valuation": 6000000, "currentValue": 4600000, "use": "SELF_USE" },
                  "loan": { "amount": 5400000, "annualRatePct": 4, "tenorMonths": 360, "monthsInArrears": 3,
                            "paymentsMade": 40 } }""");

        assertThat(unlockedBy(answer, "loan.outstanding")).isEmpty();
    }

    @Test
    void aPolicyCapWorkedOnTheValuationAloneWaitsForThePrice() {
        // Given: HK$4M on a valuation of HK$6M, within the 70% cap of HK$4.2M; a price of HK$5M would make it HK$3.5M.
        String valuationOnly = """
                { "asOf": "2026-11-28", "property": { "valuation": 6000000 },
                  "loan": { "amount": 4000000, "annualRatePct": 3.5, "tenorMonths": 360, "scheme": "STANDARD" } }""";

        JsonNode answer = explained(valuationOnly);

        assertThat(notFired(answer, "Decline: the loan is above the HKMA's maximum for this value and use")
                .get("missingFacts")).extracting(JsonNode::asText).contains("property.price");
        assertThat(unlockedBy(answer, "property.price")).contains("LTV_ABOVE_POLICY_CAP");
        assertThat(codes(explained(valuationOnly.replace("\"valuation\"", "\"price\": 5000000, \"valuation\""))))
                .contains("LTV_ABOVE_POLICY_CAP");
    }

    @Test
    void theInstalmentsPaidCanOnlyLowerTheBalanceSoTheyBringNoNegativeEquityTheAmountDrawnDoesNot() {
        // Given: in arrears, no balance and no instalments paid; on the amount drawn, a 10% fall leaves equity.
        JsonNode answer = explained("""
                { "asOf": "2026-11-28", "property": { "price": 6000000 },
                  "loan": { "amount": 5000000, "annualRatePct": 3.5, "tenorMonths": 360, "monthsInArrears": 2 },
                  "scenario": { "priceChangePct": -10 } }""");

        // Then: a balance above the amount could bring it; the instalments paid could not.
        assertThat(unlockedBy(answer, "loan.outstanding")).contains("NEGATIVE_EQUITY_IN_SCENARIO");
        assertThat(unlockedBy(answer, "loan.paymentsMade")).doesNotContain("NEGATIVE_EQUITY_IN_SCENARIO");
    }

    @Test
    void aLoanInArrearsIsNeverToldNothingMayBeOwed() {
        JsonNode answer = explained("""
                { "asOf": "2026-11-28", "property": { "currentValue": 6000000 },
                  "loan": { "amount": 5000000, "annualRatePct": 3.5, "tenorMonths": 360, "monthsInArrears": 1 } }""");

        assertThat(notFired(answer, "Inform: nothing is owed, so no fall can mean negative equity").get("firstFailed")
                .get("result").asText()).isEqualTo("FALSE");
    }

    @Test
    void aValuationThatCannotMoveTheRepaymentsOrTheirCapUnlocksNoDebtServiceAdvice() {
        // Given: a standard loan on a completed flat agreed in 2025, price alone: the DSR cap is the regime's, 50%.
        JsonNode answer = explained("""
                { "asOf": "2026-03-01",
                  "property": { "price": 6000000, "use": "SELF_USE", "completed": true, "agreementDate": "2025-05-01" },
                  "loan": { "amount": 3900000, "annualRatePct": 3.5, "tenorMonths": 360, "scheme": "STANDARD" },
                  "borrower": { "monthlyIncome": 40000, "liquidReserves": 1000000 } }""");

        assertThat(unlockedBy(answer, "property.valuation")).contains("LTV_ABOVE_POLICY_CAP")
                .doesNotContain("DSR_ABOVE_CAP");
    }

    @Test
    void mortgageInsuranceOnThePriceAloneAboveItsTopBandWaitsForTheValuation() {
        // Given: HK$33M, above the HK$30M top band, but a valuation of HK$25M would be within it.
        String priceOnly = """
                { "asOf": "2026-03-01",
                  "property": { "price": 33000000, "use": "SELF_USE", "completed": true, "agreementDate": "2025-05-01" },
                  "loan": { "amount": 15000000, "annualRatePct": 3.5, "tenorMonths": 360, "scheme": "MORTGAGE_INSURANCE" },
                  "borrower": { "monthlyIncome": 300000, "liquidReserves": 5000000, "bankrupt": false,
                                "employment": "EMPLOYED", "firstTimeBuyer": true, "salaried": true } }""";

        JsonNode answer = server.post("/v1/pre-approval", priceOnly).json();

        // Then: not declined for a value the valuation may yet bring under the band; referred, asking for it.
        assertThat(answer.get("verdict").asText()).isEqualTo("REFER");
        assertThat(codes(answer)).doesNotContain("MIP_NOT_ELIGIBLE").contains("PRE_APPROVAL_INCOMPLETE");
        assertThat(unlockedBy(answer, "property.valuation")).contains("MIP_NOT_ELIGIBLE");
        // And with a valuation at the price, it is declined; with one under the band, it is not.
        JsonNode valuedAtPrice = server.post("/v1/pre-approval", priceOnly.replace("\"price\": 33000000",
                "\"price\": 33000000, \"valuation\": 33000000")).json();
        assertThat(valuedAtPrice.get("verdict").asText()).isEqualTo("DECLINE");
        assertThat(codes(valuedAtPrice)).contains("MIP_NOT_ELIGIBLE");
        assertThat(codes(server.post("/v1/pre-approval", priceOnly.replace("\"price\": 33000000",
                "\"price\": 33000000, \"valuation\": 25000000")).json())).doesNotContain("MIP_NOT_ELIGIBLE");
    }

    @Test
    void theInstalmentsPaidOfALoanInArrearsUnlockNoLimitForLimitsAreTheLoansAtDrawdown() {
        JsonNode answer = explained("""
                { "asOf": "2026-03-01",
                  "property": { "price": 6000000, "valuation": 6000000, "currentValue": 6000000, "use": "SELF_USE",
                                "completed": true, "agreementDate": "2024-11-10" },
                  "loan": { "amount": 3000000, "annualRatePct": 3.5, "tenorMonths": 360, "scheme": "STANDARD",
                            "monthsInArrears": 2 },
                  "borrower": { "monthlyIncome": 150000 } }""");

        assertThat(unlockedBy(answer, "loan.paymentsMade")).doesNotContain("DSR_ABOVE_CAP", "LTV_ABOVE_POLICY_CAP");
    }
}

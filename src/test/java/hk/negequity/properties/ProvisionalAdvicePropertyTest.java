package hk.negequity.properties;

import static hk.negequity.properties.Properties.advise;
import static hk.negequity.properties.Properties.codes;
import static hk.negequity.properties.Properties.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import hk.negequity.advice.AdviceAnswer;
import hk.negequity.advice.Views.NeedView;
import hk.negequity.model.AdviceRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Advice that giving a fact read as a default withdraws or brings (other debts, instalments paid, the balance, the scheme, the
 * other of price and valuation, the current value under a scenario, completion, the agreement date, the flat's use) was named under
 * that fact in what to ask next (under unlocks, changesWording or mayChange): a
 * chatbot that follows {@code needs} is never surprised by a warning or a reassurance taken back for them.
 */
class ProvisionalAdvicePropertyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A fact a borrower may add, with values that move the rules every way they can. */
    private record Fact(String part, String field, List<JsonNode> values) {

        String path() {
            return part + "." + field;
        }
    }

    private static final List<Fact> FACTS = List.of(
            new Fact("borrower", "otherMonthlyDebt", List.of(NODES.numberNode(0), NODES.numberNode(8_000),
                    NODES.numberNode(60_000))),
            new Fact("loan", "paymentsMade", List.of(NODES.numberNode(0), NODES.numberNode(1), NODES.numberNode(60))),
            new Fact("loan", "outstanding", List.of(NODES.numberNode(0), NODES.numberNode(1_000_000),
                    NODES.numberNode(8_000_000))),
            new Fact("loan", "scheme", List.of(NODES.textNode("STANDARD"), NODES.textNode("MORTGAGE_INSURANCE"),
                    NODES.textNode("STAFF_LOAN"))),
            new Fact("property", "price", List.of(NODES.numberNode(3_000_000), NODES.numberNode(9_000_000))),
            new Fact("property", "valuation", List.of(NODES.numberNode(3_000_000), NODES.numberNode(9_000_000))),
            new Fact("property", "currentValue", List.of(NODES.numberNode(3_000_000), NODES.numberNode(9_000_000))),
            new Fact("property", "completed", List.of(NODES.booleanNode(true), NODES.booleanNode(false))),
            new Fact("property", "use", List.of(NODES.textNode("SELF_USE"), NODES.textNode("NON_SELF_USE"))),
            new Fact("property", "agreementDate", List.of(NODES.textNode("2022-06-01"), NODES.textNode("2023-08-01"),
                    NODES.textNode("2024-03-01"), NODES.textNode("2024-12-10"))));

    /** The request's defaults and stand-ins, as the README lists them. */
    private static java.util.Set<String> readAsDefault(AdviceRequest request) {
        java.util.Set<String> facts = amountsReadAsDefault(request);
        if (request.loan().paymentsMade() == null) {
            facts.add("loan.paymentsMade");
        }
        if (request.loan().scheme() == null) {
            facts.add("loan.scheme");
        }
        if (request.property().completed() == null) {
            facts.add("property.completed");
        }
        return facts;
    }

    /**
     * The amounts among them (the other debts, the balance, the other of price and valuation, the current value), the
     * agreement date and the flat's use (the more generous cap of the two): values that may cross a threshold.
     */
    private static java.util.Set<String> amountsReadAsDefault(AdviceRequest request) {
        java.util.Set<String> facts = new java.util.TreeSet<>();
        if (request.borrower().otherMonthlyDebt() == null) {
            facts.add("borrower.otherMonthlyDebt");
        }
        if (request.property().agreementDate() == null) {
            facts.add("property.agreementDate");
        }
        if (request.property().use() == null) {
            facts.add("property.use");
        }
        if (request.loan().outstanding() == null && request.loan().paymentsMade() == null
                && request.loan().amount() != null) {
            facts.add("loan.outstanding");
        }
        if (request.property().price() == null && request.property().valuation() != null) {
            facts.add("property.price");
        }
        if (request.property().valuation() == null && request.property().price() != null) {
            facts.add("property.valuation");
        }
        if (request.scenario().priceChangePct() != null && request.property().currentValue() == null) {
            facts.add("property.currentValue");
        }
        return facts;
    }

    private static List<String> orNone(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    @Test
    void adviceThatAFactReadAsADefaultWithdrawsOrBringsWasNamedUnderThatFact() {
        int[] withdrawn = {0};
        int[] brought = {0};
        List<String> unnamed = new ArrayList<>();
        forAll(8_101, 600, c -> {
            AdviceAnswer answer = advise(c);
            List<String> given = codes(answer.advice());
            for (Fact fact : FACTS) {
                if (!readAsDefault(c.request()).contains(fact.path())) {
                    continue; // given, or not read as a default: a rule that needs it waits for it
                }
                NeedView need = answer.needs().stream().filter(n -> n.fact().equals(fact.path())).findFirst()
                        .orElse(null);
                for (JsonNode value : fact.values()) {
                    FactSpace.Case with;
                    try {
                        with = c.with(fact.part(), fact.field(), value);
                    } catch (AssertionError refused) {
                        continue; // a value this case cannot take (more instalments than its term, say)
                    }
                    List<String> after = codes(advise(with).advice());
                    for (String code : given) {
                        if (after.contains(code)) {
                            continue;
                        }
                        withdrawn[0]++;
                        boolean named = need != null && (orNone(need.mayChange()).contains(code)
                                || orNone(need.changesWording()).contains(code));
                        if (!named) {
                            unnamed.add(code + " withdrawn by " + fact.path() + " = " + value + " in " + c);
                        }
                    }
                    for (String code : after) {
                        if (given.contains(code) || !amountsReadAsDefault(c.request()).contains(fact.path())) {
                            continue; // advice a categorical default kept out is not named: only an amount's
                        }
                        brought[0]++;
                        boolean named = need != null && (orNone(need.mayChange()).contains(code)
                                || need.unlocks().contains(code));
                        if (!named) {
                            unnamed.add(code + " brought by " + fact.path() + " = " + value + " in " + c);
                        }
                    }
                }
            }
        });
        assertThat(unnamed).as("advice withdrawn or brought by a fact whose needs entry did not name it").isEmpty();
        assertThat(withdrawn[0]).as("advice withdrawn by giving a fact").isGreaterThan(200);
        assertThat(brought[0]).as("advice brought by giving a fact").isGreaterThan(200);
    }
}

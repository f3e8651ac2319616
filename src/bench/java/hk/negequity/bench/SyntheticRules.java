package hk.negequity.bench;

import java.util.Map;
import org.kie.api.KieBase;

/**
 * Rule bases made up for the engine-floor benchmark: as many rules as the bundled set, over the same facts,
 * each rule in one shape, a few of them firing. They say what Drools costs for rules of a shape, apart from
 * what the bundled rules do, so the bundled set's evaluation time can be read against them.
 */
public final class SyntheticRules {

    /** How each made-up rule's conditions read. */
    public enum Shape {
        /** No rule at all: a pooled session taking the facts and handing itself back. */
        NO_RULES,
        /** Each rule tests one fact: {@code Figures( ltvPct > k )}. */
        ONE_PATTERN,
        /** The bundled rules' commonest shape: the figures, the loan, and {@code not} a loan being repaid. */
        TWO_PATTERNS_AND_NOT
    }

    private SyntheticRules() {
    }

    /**
     * The DRL of {@code count} rules of {@code shape}, of which {@code firing} fire on a case with an LTV at
     * or below 100%: their threshold is −1, the others' 1,000. Each firing rule inserts one fact.
     */
    static String drl(Shape shape, int count, int firing) {
        if (firing > count || firing < 0) {
            throw new IllegalArgumentException(firing + " of " + count + " rules cannot fire");
        }
        StringBuilder drl = new StringBuilder("""
                package synthetic
                import hk.negequity.figures.Figures
                import hk.negequity.model.Loan
                declare Fired
                    rule : int
                end
                """);
        if (shape == Shape.NO_RULES) {
            return drl.toString();
        }
        int every = firing == 0 ? Integer.MAX_VALUE : count / firing;
        int fired = 0;
        for (int i = 0; i < count; i++) {
            boolean fires = fired < firing && i % every == 0;
            fired += fires ? 1 : 0;
            String figures = "Figures( ltvPct > " + (fires ? -1 : 1_000) + ", $base : lendingBase )";
            String when = shape == Shape.ONE_PATTERN ? figures
                    : figures + "\n    Loan( $amount : amount )\n    not Loan( paymentsMade > 0 || monthsInArrears > 0 )";
            drl.append("rule \"rule ").append(i).append("\"\nwhen\n    ").append(when)
                    .append("\nthen\n    insert(new Fired(").append(i).append("));\nend\n");
        }
        return drl.toString();
    }

    /** The rule base of {@link #drl}, built as the service builds the bundled rules (the executable model). */
    static KieBase kieBase(Shape shape, int count, int firing) {
        return BenchRuleBases.build("synthetic-" + shape.name().toLowerCase(),
                Map.of("synthetic/rules.drl", drl(shape, count, firing)));
    }
}

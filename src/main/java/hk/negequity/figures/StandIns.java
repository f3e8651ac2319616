package hk.negequity.figures;

import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Figures worked out although a fact they rest on is not given, from what stands in for it: the lending base from
 * the price alone (or the valuation alone), a scenario from the lending base when there is no current value, the
 * balance of a loan in arrears from the amount drawn when neither the balance nor the instalments paid are given.
 * The rules decide on such a figure, so the explainer must know that a fact not given could still change it, and
 * which way: the lending base is the lower of the two, so the other can only lower it (and raise the LTV); the
 * instalments paid can only lower the balance, while a balance given may be anything.
 * It mirrors {@link FiguresCalculator}; a test holds the two together.
 */
public final class StandIns {

    /** Which way a fact not given could move the figure. */
    public enum Way {
        UP, DOWN, EITHER;

        public Way opposite() {
            return this == UP ? DOWN : this == DOWN ? UP : EITHER;
        }
    }

    /** The facts not given that could change a figure, each with the way it could move it, in a stable order. */
    public record StandIn(Map<String, Way> ways) {

        public Set<String> notGiven() {
            return ways.keySet();
        }
    }

    private StandIns() {
    }

    /** How {@code figure} stands in for facts not given in {@code request}, or null where it rests on none. */
    public static StandIn of(String figure, AdviceRequest request) {
        Map<String, Way> ways = new LinkedHashMap<>();
        switch (figure) {
            case "lendingBase" -> lendingBase(request.property(), Way.DOWN, ways);
            case "ltvPct" -> lendingBase(request.property(), Way.UP, ways);
            // The balance moves the LTV and what is owed one way, the equity and its headroom the other.
            case "outstanding", "currentLtvPct" -> balance(request.loan(), Way.UP, ways);
            case "equity", "headroomPct" -> balance(request.loan(), Way.DOWN, ways);
            case "scenarioValue" -> scenarioValue(request, ways);
            case "scenarioEquity" -> {
                scenarioValue(request, ways);
                balance(request.loan(), Way.DOWN, ways);
            }
            default -> {
                // Worked from the facts given alone, or not at all.
            }
        }
        return ways.isEmpty() ? null : new StandIn(Collections.unmodifiableMap(ways));
    }

    /** Whether any figure of {@code request} stands in for a fact not given. */
    public static boolean anyIn(AdviceRequest request) {
        return StandIns.of("lendingBase", request) != null || StandIns.of("scenarioValue", request) != null
                || StandIns.of("outstanding", request) != null;
    }

    /** Only one of price and valuation given: the other, when given, may be the lower; {@code way}: the figure's. */
    private static void lendingBase(Property property, Way way, Map<String, Way> ways) {
        if (property.price() == null && property.valuation() != null) {
            add(ways, "property.price", way);
        } else if (property.valuation() == null && property.price() != null) {
            add(ways, "property.valuation", way);
        }
    }

    /**
     * Instalments overdue show the loan is drawn; with neither its balance nor the instalments paid given, the
     * amount drawn stands in for the balance. A balance given may be above it or below; instalments paid only lower
     * it. {@code asTheBalanceRises}: the way the figure moves when the balance rises.
     */
    private static void balance(Loan loan, Way asTheBalanceRises, Map<String, Way> ways) {
        boolean drawn = loan.monthsInArrears() != null && loan.monthsInArrears() > 0;
        if (drawn && loan.amount() != null && loan.outstanding() == null && loan.paymentsMade() == null) {
            add(ways, "loan.outstanding", Way.EITHER);
            add(ways, "loan.paymentsMade", asTheBalanceRises.opposite());
        }
    }

    /** Without a current value, the scenario moves the lending base instead, which a current value replaces. */
    private static void scenarioValue(AdviceRequest request, Map<String, Way> ways) {
        Property property = request.property();
        // A fall of 100% leaves nothing whatever the value it falls from.
        if (request.scenario().priceChangePct() == null || request.scenario().priceChangePct() <= -100
                || property.currentValue() != null || property.price() == null && property.valuation() == null) {
            return;
        }
        add(ways, "property.currentValue", Way.EITHER);
        lendingBase(property, Way.DOWN, ways);
    }

    /** A fact that could move the figure both ways, through two of its parts, moves it either way. */
    private static void add(Map<String, Way> ways, String fact, Way way) {
        ways.merge(fact, way, (a, b) -> a == b ? a : Way.EITHER);
    }
}

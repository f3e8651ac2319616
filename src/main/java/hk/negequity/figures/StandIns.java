package hk.negequity.figures;

import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Figures worked out although a fact they rest on is not given, from what stands in for it: the lending base from
 * the price alone (or the valuation alone), a scenario from the lending base when there is no current value, the
 * balance of a loan in arrears from the amount drawn when neither the balance nor the instalments paid are given.
 * The rules decide on such a figure, so the explainer must know that the fact not given could still change it, and
 * which way: the lending base is the lower of the two, so the other can only lower it (and raise the LTV).
 * It mirrors {@link FiguresCalculator}; a test holds the two together.
 */
public final class StandIns {

    /** Which way the fact not given could move the figure. */
    public enum Way { UP, DOWN, EITHER }

    /** The facts not given that could change a figure, and which way. */
    public record StandIn(Set<String> notGiven, Way way) {
    }

    private StandIns() {
    }

    /** How {@code figure} stands in for facts not given in {@code request}, or null where it rests on none. */
    public static StandIn of(String figure, AdviceRequest request) {
        return switch (figure) {
            case "lendingBase" -> lendingBase(request.property(), Way.DOWN);
            case "ltvPct" -> request.loan().amount() == null ? null : lendingBase(request.property(), Way.UP);
            case "outstanding", "equity", "currentLtvPct", "headroomPct" -> balance(request.loan());
            case "scenarioValue" -> scenarioValue(request);
            case "scenarioEquity" -> either(scenarioValue(request), balance(request.loan()));
            default -> null;
        };
    }

    /** Only one of price and valuation given: the other, when given, may be the lower. */
    private static StandIn lendingBase(Property property, Way way) {
        if (property.price() == null && property.valuation() != null) {
            return new StandIn(ordered("property.price"), way);
        }
        if (property.valuation() == null && property.price() != null) {
            return new StandIn(ordered("property.valuation"), way);
        }
        return null;
    }

    /**
     * Instalments overdue show the loan is drawn; with neither its balance nor the instalments paid given, the
     * amount drawn stands in for the balance, which either could change.
     */
    private static StandIn balance(Loan loan) {
        boolean drawn = loan.monthsInArrears() != null && loan.monthsInArrears() > 0;
        if (drawn && loan.amount() != null && loan.outstanding() == null && loan.paymentsMade() == null) {
            return new StandIn(ordered("loan.outstanding", "loan.paymentsMade"), Way.EITHER);
        }
        return null;
    }

    /** Without a current value, the scenario moves the lending base instead: either way from the flat's value. */
    private static StandIn scenarioValue(AdviceRequest request) {
        Property property = request.property();
        if (request.scenario().priceChangePct() == null || property.currentValue() != null
                || property.price() == null && property.valuation() == null) {
            return null;
        }
        StandIn base = lendingBase(property, Way.DOWN);
        return base == null ? new StandIn(ordered("property.currentValue"), Way.EITHER)
                : new StandIn(ordered("property.currentValue", base.notGiven().iterator().next()), Way.EITHER);
    }

    private static StandIn either(StandIn a, StandIn b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Set<String> notGiven = new LinkedHashSet<>(a.notGiven());
        notGiven.addAll(b.notGiven());
        return new StandIn(Collections.unmodifiableSet(notGiven), Way.EITHER);
    }

    /** In the order named, on every run ({@code Set.of} iterates in an order that changes between starts). */
    private static Set<String> ordered(String... paths) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(paths)));
    }
}

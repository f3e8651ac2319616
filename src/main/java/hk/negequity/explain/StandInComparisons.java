package hk.negequity.explain;

import hk.negequity.figures.StandIns.Way;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which facts not given could make a comparison hold that fails on a figure worked out from a stand-in (the lending
 * base from the price alone): only those that could move the figure the way the comparison needs. The valuation can
 * only lower the lending base, so {@code ltvPct > 80} failing at 75% on the price alone may yet hold, and
 * {@code ltvPct < 100} failing at 105% may not; the instalments paid can only lower a balance, so they cannot bring
 * negative equity that the amount drawn does not.
 */
final class StandInComparisons {

    private StandInComparisons() {
    }

    /** @param op a comparison that is FALSE on the values as they stand */
    static Set<String> factsThatCouldMakeItHold(String op, Value left, Value right) {
        Set<String> facts = new LinkedHashSet<>();
        if (left.value() == null || right.value() == null) {
            return facts; // "lendingBase == null": no fact given makes a figure worked out null
        }
        Integer order = left.value() instanceof Number a && right.value() instanceof Number b
                ? Integer.valueOf(Double.compare(a.doubleValue(), b.doubleValue())) : null;
        // How left − right moves with each fact: a stand-in on the right moves it the other way.
        add(facts, left, op, order, false);
        add(facts, right, op, order, true);
        return facts;
    }

    private static void add(Set<String> facts, Value side, String op, Integer order, boolean onTheRight) {
        if (!side.standsIn()) {
            return;
        }
        for (Map.Entry<String, Way> fact : side.ways().entrySet()) {
            Way way = onTheRight ? fact.getValue().opposite() : fact.getValue();
            if (couldHold(op, order, way)) {
                facts.add(fact.getKey());
            }
        }
    }

    private static boolean couldHold(String op, Integer order, Way way) {
        boolean canRise = way != Way.DOWN;
        boolean canFall = way != Way.UP;
        if (order == null) {
            return true; // not numbers: any change may make them compare otherwise
        }
        return switch (op) {
            case ">", ">=" -> canRise;
            case "<", "<=" -> canFall;
            case "==" -> order < 0 ? canRise : canFall;
            default -> true; // "!=" fails only on equal values: any move makes it hold
        };
    }
}

package hk.negequity.explain;

import hk.negequity.figures.StandIns.Way;

/**
 * Whether a comparison that fails on a figure worked out from a stand-in (the lending base from the price alone)
 * could hold once the fact not given is: only if that fact could move the figure the way the comparison needs. The
 * valuation can only lower the lending base, so {@code ltvPct > 80} failing at 75% on the price alone may yet hold,
 * and {@code ltvPct < 100} failing at 105% may not.
 */
final class StandInComparisons {

    private StandInComparisons() {
    }

    /** @param op a comparison that is FALSE on the values as they stand */
    static boolean couldHold(String op, Value left, Value right) {
        // How left − right could move: a stand-in on the right moves it the other way.
        boolean canRise = moves(left, Way.UP) || moves(right, Way.DOWN);
        boolean canFall = moves(left, Way.DOWN) || moves(right, Way.UP);
        if (!(left.value() instanceof Number a) || !(right.value() instanceof Number b)) {
            return canRise || canFall;
        }
        double difference = a.doubleValue() - b.doubleValue();
        return switch (op) {
            case ">", ">=" -> canRise;
            case "<", "<=" -> canFall;
            case "==" -> difference < 0 ? canRise : canFall;
            default -> canRise || canFall; // "!=" fails only on equal values: any move makes it hold
        };
    }

    private static boolean moves(Value value, Way way) {
        return value.standsIn() && (value.way() == way || value.way() == Way.EITHER);
    }
}

package hk.negequity.facts;

import java.util.List;

/**
 * The flat meets every condition of the 2024-12-04 special scheme that is given, but one or more are not given
 * (stage payment, the valuation or the price): the scheme may yet apply, with its own limits.
 *
 * @param waitingFor     the facts not given that decide whether it applies, as the rule names them
 * @param maxLoan        the largest loan the scheme could allow once they are given
 * @param maxLoanAllowed whether that loan itself could be allowed; not where the fact missing would lower the
 *                       lending base below the one used (a valuation, which the scheme needs below the price)
 * @param dsrCapPct      the scheme's cap on the debt-servicing ratio
 */
public record SpecialSchemePossible(List<String> waitingFor, double maxLoan, boolean maxLoanAllowed,
                                    double dsrCapPct) implements WaitsForFacts {

    /**
     * The paths among {@code pathsAndValues} (a path, then the request's value there, in turn) whose value is not
     * given: what a rule that found the scheme possible waits for, in the order it names them.
     */
    public static List<String> notGiven(Object... pathsAndValues) {
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            if (pathsAndValues[i + 1] == null) {
                paths.add((String) pathsAndValues[i]);
            }
        }
        return List.copyOf(paths);
    }

    /** Whether {@code path} is among the facts it waits for. */
    public boolean waitsFor(String path) {
        return waitingFor.contains(path);
    }

    /** Whether the scheme could allow a loan of this amount, once the facts it waits for are given. */
    public boolean mayAllow(double amount) {
        return amount < maxLoan || maxLoanAllowed && amount == maxLoan;
    }
}

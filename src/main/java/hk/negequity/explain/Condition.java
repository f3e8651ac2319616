package hk.negequity.explain;

import java.util.Set;

/**
 * One condition of a rule as it stood for this request: as written, with the fact's value, the
 * comparison and the threshold, whether it held, and which missing facts kept it from being decided.
 *
 * @param fact      the fact compared, by path ({@code figures.ltvPct}, {@code loan.monthsInArrears}); null
 *                  for a condition that is not a single comparison
 * @param shown     the condition with the values filled in: {@code ltvPct 90.0 > 80}
 */
public record Condition(String condition, String fact, Object value, String operator, Object threshold,
                        Truth truth, String shown, String file, int line, Set<String> missing) {

    public boolean holds() {
        return truth == Truth.TRUE;
    }
}

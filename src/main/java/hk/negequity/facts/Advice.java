package hk.negequity.facts;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A piece of advice a rule has inserted: its code and severity, where it comes from, and the borrower's
 * figures it rests on. Rules create it with {@link #of(RuleContext, Object...)}, which takes the code,
 * category, severity and source from the rule's own metadata, so a rule states them once.
 */
public final class Advice {

    /** CRITICAL first; then by concern, then by code, so equal input always lists advice in the same order. */
    public static final Comparator<Advice> PRIORITY = Comparator
            .comparing(Advice::severity, Comparator.reverseOrder())
            .thenComparing(Advice::category)
            .thenComparing(Advice::code);

    private final RuleMetadata rule;
    private final Map<String, Object> figures;

    private Advice(RuleMetadata rule, Map<String, Object> figures) {
        this.rule = rule;
        this.figures = Collections.unmodifiableMap(figures);
    }

    /**
     * Called from a rule's consequence: {@code insert(Advice.of(kcontext, "ltvPct", $ltv, ...))}.
     *
     * @param namedFigures alternating figure names and values; null values are left out
     */
    public static Advice of(RuleContext kcontext, Object... namedFigures) {
        if (namedFigures.length % 2 != 0) {
            throw new IllegalArgumentException("figures come in name/value pairs");
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < namedFigures.length; i += 2) {
            if (namedFigures[i + 1] != null) {
                figures.put((String) namedFigures[i], namedFigures[i + 1]);
            }
        }
        return new Advice(RuleMetadata.of(kcontext.getRule()), figures);
    }

    public String code() {
        return rule.code();
    }

    public Category category() {
        return rule.category();
    }

    public Severity severity() {
        return rule.severity();
    }

    public String source() {
        return rule.source();
    }

    /** The rule's {@code @variant}, or null: which wording of the code's message applies. */
    public String variant() {
        return rule.variant();
    }

    public String ruleName() {
        return rule.name();
    }

    public Map<String, Object> figures() {
        return figures;
    }

    /** For rule conditions: {@code Advice(code == "NEGATIVE_EQUITY")}. */
    public String getCode() {
        return code();
    }

    public Severity getSeverity() {
        return severity();
    }

    public Category getCategory() {
        return category();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Advice that && rule.equals(that.rule) && figures.equals(that.figures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, figures);
    }

    @Override
    public String toString() {
        return code() + "/" + severity();
    }
}

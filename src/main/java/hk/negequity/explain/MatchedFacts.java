package hk.negequity.explain;

import java.util.ArrayList;
import java.util.List;

/** The fact types a rule's conditions match, as facts in working memory (not looked up {@code from} anything). */
public final class MatchedFacts {

    /**
     * @param type    the type's simple name
     * @param written the type as the rule writes it (a simple or a qualified name)
     * @param line    the line of its pattern
     * @param negated whether it is matched under a {@code not} (an odd number of them)
     */
    public record Matched(String type, String written, int line, boolean negated) {
    }

    private MatchedFacts() {
    }

    public static List<Matched> of(RuleModel rule) {
        List<Matched> matched = new ArrayList<>();
        Element.forEachPattern(rule.lhs(), false, (pattern, negated) -> {
            Element.Pattern inWorkingMemory = pattern.collectOf() != null ? pattern.collectOf() : pattern;
            if (inWorkingMemory.from() == null && inWorkingMemory.collectOf() == null) {
                String type = inWorkingMemory.type();
                matched.add(new Matched(type.substring(type.lastIndexOf('.') + 1), type, inWorkingMemory.line(),
                        negated));
            }
        });
        return matched;
    }
}

package hk.negequity.explain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule as the explainer sees it: where it is written, what it declares, its conditions, and the fact
 * types its consequence inserts (so that a missing fact can be traced to the rules that would add it).
 *
 * @param code      the advice code, or null for a helper rule
 * @param imports   simple type names to their classes, for enum constants in conditions
 */
public record RuleModel(String name, String file, int line, String code, List<Element> lhs, Set<String> produces,
                        Map<String, String> imports) {

    public boolean isAdviceRule() {
        return code != null;
    }

    /** Rules for the broker's pre-approval only: they need the marker fact {@code PreApproval()}. */
    public boolean isPreApprovalOnly() {
        return lhs.stream().anyMatch(e -> e instanceof Element.Pattern p && p.type().equals("PreApproval"));
    }
}

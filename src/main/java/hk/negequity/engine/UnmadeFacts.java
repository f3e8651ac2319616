package hk.negequity.engine;

import hk.negequity.explain.MatchedFacts;
import hk.negequity.explain.RuleModel;
import hk.negequity.explain.RuleModels;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule that waits for a fact no rule inserts and no request brings can never fire, and a {@code not} of one always
 * holds: what a rule file removed (the one that works out the regime, say) leaves behind, and the compiler accepts
 * (a type misspelt where it is matched or inserted, the compiler refuses). Only a type that no consequence or
 * function so much as names, and that no other type can extend or implement, counts as never made, so that a fact
 * made in some way this check does not read is never taken for one.
 */
final class UnmadeFacts {

    /** What every evaluation starts with ({@link RuleEngine}): the request's parts, its figures and date, its purpose. */
    private static final Set<String> GIVEN = Set.of("Property", "Loan", "Borrower", "Scenario", "Figures", "AsOf",
            "PreApproval");
    private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z]\\w*\\b");

    private UnmadeFacts() {
    }

    static void check(Map<String, DrlOutline> outlines, RuleModels models, List<RuleProblem> problems) {
        Set<String> named = new HashSet<>();
        for (DrlOutline outline : outlines.values()) {
            if (outline.descr() == null) {
                continue;
            }
            outline.descr().getRules().forEach(rule -> namesIn(rule.getConsequence(), named));
            outline.descr().getFunctions().forEach(function -> namesIn(function.getBody(), named));
        }
        Set<String> reported = new HashSet<>();
        for (RuleModel rule : models.all()) {
            MatchedFacts.of(rule).forEach(matched -> report(rule, matched, named, reported, problems));
        }
    }

    private static void namesIn(Object code, Set<String> named) {
        if (code != null) {
            TYPE_NAME.matcher(code.toString()).results().forEach(match -> named.add(match.group()));
        }
    }

    private static void report(RuleModel rule, MatchedFacts.Matched matched, Set<String> named, Set<String> reported,
                               List<RuleProblem> problems) {
        String type = matched.type();
        if (GIVEN.contains(type) || named.contains(type) || !isFinal(matched.written(), rule)
                || !reported.add(rule.file() + ":" + matched.line())) {
            return;
        }
        problems.add(new RuleProblem(rule.file(), matched.line(), "no rule inserts the fact " + type
                + " and no request brings it, so " + (matched.negated() ? "'not " + type + "' always holds in"
                : "this rule can never fire:") + " \"" + rule.name() + "\" (is a rule file missing?)"));
    }

    /**
     * Whether the type is a class no other can extend (a record, an enum, a final class): only then is a fact of it
     * made where its name is written. An interface or an open class may be matched by the facts of a type that
     * implements or extends it under another name; a type that cannot be resolved is the compiler's to report.
     */
    private static boolean isFinal(String written, RuleModel rule) {
        return DrlTypes.resolve(written, rule.imports().values())
                .map(type -> !type.isInterface() && java.lang.reflect.Modifier.isFinal(type.getModifiers()))
                .orElse(false);
    }
}

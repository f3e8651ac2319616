package hk.negequity.engine;

import hk.negequity.messages.CatalogueEntry;
import hk.negequity.messages.MessageCatalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Consistency between rules and message catalogues: every advice code has its text in every language,
 * every catalogue key belongs to a rule, and every figure a text names is one the rule supplies.
 */
final class RuleSetChecks {

    static final List<String> REQUIRED_PARTS = List.of("title", "message");

    private RuleSetChecks() {
    }

    static void checkMessages(List<RuleSet.RuleInfo> rules, Set<String> declaredCodes,
                              Map<String, MessageCatalogue> catalogues, List<RuleProblem> problems) {
        Map<String, RuleSet.RuleInfo> firstRuleOf = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> figuresOf = new TreeMap<>();
        for (RuleSet.RuleInfo rule : rules) {
            firstRuleOf.putIfAbsent(rule.metadata().code(), rule);
            // A text must render for every rule that gives its code: only figures they all supply.
            figuresOf.merge(rule.metadata().code(), new java.util.TreeSet<>(rule.figureNames()), (a, b) -> {
                a.retainAll(b);
                return a;
            });
        }
        for (MessageCatalogue catalogue : new TreeMap<>(catalogues).values()) {
            String file = RuleSetLoader.MESSAGES_DIR + catalogue.language() + ".properties";
            for (var entry : firstRuleOf.entrySet()) {
                for (String part : REQUIRED_PARTS) {
                    if (catalogue.entry(entry.getKey(), part).isEmpty()) {
                        RuleSet.RuleInfo rule = entry.getValue();
                        problems.add(new RuleProblem(rule.file(), rule.line(), "rule \"" + rule.metadata().name()
                                + "\": " + entry.getKey() + "." + part + " is missing from " + file));
                    }
                }
            }
            for (CatalogueEntry entry : catalogue.entries()) {
                String code = entry.key().substring(0, entry.key().indexOf('.'));
                Set<String> supplied = figuresOf.get(code);
                if (supplied == null && declaredCodes.contains(code)) {
                    continue;
                }
                if (supplied == null) {
                    problems.add(new RuleProblem(entry.file(), entry.line(), entry.key()
                            + " belongs to no rule: no rule declares @code(" + code + ")"));
                    continue;
                }
                for (String name : MessageCatalogue.placeholders(entry.text())) {
                    if (!supplied.contains(name)) {
                        problems.add(new RuleProblem(entry.file(), entry.line(), entry.key() + " names {" + name
                                + "}, which no rule for " + code + " supplies (it supplies " + supplied + ")"));
                    }
                }
            }
        }
    }

}

package hk.negequity.advice;

import hk.negequity.engine.RuleSet;
import hk.negequity.explain.RuleModel;
import hk.negequity.messages.CatalogueEntry;
import hk.negequity.messages.MessageCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * GET /v1/rules: every rule loaded, with what a client needs to build help pages from it: for advice
 * rules their code, category, severity, source and title; for all, the facts they can need and where
 * they are written.
 */
public final class RuleCatalogue {

    private final Supplier<RuleSet> ruleSets;

    public RuleCatalogue(Supplier<RuleSet> ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** @param kind ADVICE for a rule that gives advice, HELPER for one that works out a fact other rules use */
    public record RuleView(String name, String kind, String code, String variant, String category, String severity,
                           String source, String title, List<String> needs, String file, int line) {
    }

    public record Answer(String rulesetVersion, String loadedAt, int ruleCount, String language,
                         List<RuleView> rules) {
    }

    public Answer describe(String language) {
        RuleSet ruleSet = ruleSets.get();
        MessageCatalogue catalogue = ruleSet.catalogue(language).orElse(ruleSet.defaultCatalogue());
        List<RuleView> rules = new ArrayList<>();
        for (RuleModel rule : ruleSet.explainer().models().all()) {
            List<String> needs = List.copyOf(ruleSet.explainer().inputsOf(rule.name()));
            RuleSet.RuleInfo info = ruleSet.ruleInfo(rule.name());
            if (info == null) {
                rules.add(new RuleView(rule.name(), "HELPER", null, null, null, null, null, null, needs, rule.file(),
                        rule.line()));
                continue;
            }
            var meta = info.metadata();
            String title = catalogue.entry(meta.code(), meta.variant(), "title").map(CatalogueEntry::text)
                    .orElse(null);
            rules.add(new RuleView(rule.name(), "ADVICE", meta.code(), meta.variant(), meta.category().name(),
                    meta.severity().name(), meta.source(), title, needs, rule.file(), rule.line()));
        }
        rules.sort(Comparator.comparing(RuleView::file).thenComparingInt(RuleView::line));
        return new Answer(ruleSet.version(), ruleSet.loadedAt().toString(), ruleSet.ruleCount(),
                catalogue.language(), rules);
    }
}

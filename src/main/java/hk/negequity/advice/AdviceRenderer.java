package hk.negequity.advice;

import hk.negequity.facts.Advice;
import hk.negequity.engine.RuleSet;
import hk.negequity.explain.Explanation;
import hk.negequity.messages.CatalogueEntry;
import hk.negequity.messages.FigureFormatter;
import hk.negequity.messages.MessageCatalogue;
import hk.negequity.messages.MessageText;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts an advice fact into words from the rule set's message catalogue for one language. */
final class AdviceRenderer {

    private final MessageCatalogue catalogue;
    private final FigureFormatter formatter;

    private final RuleSet ruleSet;
    private final Explanation explanation;

    /** @param explanation with {@code because} for each fired rule, or null for an answer without */
    AdviceRenderer(RuleSet ruleSet, String language, Explanation explanation) {
        this.ruleSet = ruleSet;
        this.explanation = explanation;
        this.catalogue = ruleSet.catalogue(language).orElse(ruleSet.defaultCatalogue());
        this.formatter = new FigureFormatter(styleOf(catalogue.language()));
    }

    MessageCatalogue catalogue() {
        return catalogue;
    }

    List<Views.NeedView> needs(Explanation explained) {
        return explained.needs().stream().map(need -> Views.NeedView.of(need, catalogue)).toList();
    }

    AdviceItem render(Advice advice) {
        Map<String, Object> words = inWords(advice.figures());
        String title = text(advice, "title", words);
        String message = text(advice, "message", words);
        List<String> actions = catalogue.actions(advice.code(), advice.variant()).stream()
                .map(entry -> MessageText.fill(entry.text(), words, formatter))
                .toList();
        String file = null;
        Integer line = null;
        List<Views.ConditionView> because = null;
        if (explanation != null) {
            RuleSet.RuleInfo rule = ruleSet.ruleInfo(advice.ruleName());
            file = rule == null ? null : rule.file();
            line = rule == null ? null : rule.line();
            because = explanation.because().getOrDefault(advice.ruleName(), List.of()).stream()
                    .map(Views.ConditionView::of).toList();
        }
        return new AdviceItem(advice.code(), advice.category(), advice.severity(), title, message,
                actions.isEmpty() ? null : actions, jsonFigures(advice.figures()), advice.source(), advice.ruleName(), file,
                line, because);
    }

    private String text(Advice advice, String part, Map<String, Object> figures) {
        // The loader guarantees every code has its texts; the fallback only guards a hand-built rule set.
        return catalogue.entry(advice.code(), advice.variant(), part).map(CatalogueEntry::text)
                .map(text -> MessageText.fill(text, figures, formatter))
                .orElse(advice.code());
    }

    /**
     * The figures as the texts use them: a list of facts ({@code missingFacts}) is named in the reader's language,
     * "貸款額" rather than {@code loan.amount}; the answer's {@code figures} keep the paths.
     */
    private Map<String, Object> inWords(Map<String, Object> figures) {
        Map<String, Object> words = null;
        for (Map.Entry<String, Object> figure : figures.entrySet()) {
            if (figure.getValue() instanceof java.util.Collection<?> items) {
                words = words == null ? new LinkedHashMap<>(figures) : words;
                // A path is named; anything else in a list (the dates a regime covers) is written as the figure it is.
                words.put(figure.getKey(), items.stream().map(item -> item instanceof String path
                        ? catalogue.factName(path) : item).toList());
            }
        }
        return words == null ? figures : words;
    }

    /** Dates go out as ISO text, in a list too; numbers and text as they are. */
    private static Map<String, Object> jsonFigures(Map<String, Object> figures) {
        Map<String, Object> json = new LinkedHashMap<>(figures.size() * 2);
        figures.forEach((name, value) -> json.put(name, jsonValue(value)));
        return json;
    }

    private static Object jsonValue(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.stream().map(AdviceRenderer::jsonValue).toList();
        }
        return value;
    }

    static FigureFormatter.Style styleOf(String language) {
        return switch (language) {
            case "zh-HK" -> FigureFormatter.Style.TRADITIONAL_CHINESE;
            case "zh-CN" -> FigureFormatter.Style.SIMPLIFIED_CHINESE;
            default -> FigureFormatter.Style.ENGLISH;
        };
    }
}

package hk.negequity.explain;

import hk.negequity.figures.FigureInputs;
import hk.negequity.model.AdviceRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts one evaluation had: the request's parts, the figures, what the rules inserted, and the
 * globals. A fact type is named as the rules name it, by its simple class name.
 */
public final class EvaluationFacts {

    /** The request's parts, whose fields are the borrower's facts, by their path prefix. */
    private static final Map<String, String> INPUT_PREFIXES = Map.of(
            "Property", "property", "Loan", "loan", "Borrower", "borrower", "Scenario", "scenario");

    private final AdviceRequest request;
    private final Map<String, List<Object>> byType = new HashMap<>();
    private final Map<String, Object> globals;

    public EvaluationFacts(AdviceRequest request, List<Object> facts, Map<String, Object> globals) {
        this.request = request;
        this.globals = globals;
        for (Object fact : facts) {
            byType.computeIfAbsent(fact.getClass().getSimpleName(), t -> new ArrayList<>()).add(fact);
        }
    }

    List<Object> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    Object global(String name) {
        return globals.get(name);
    }

    boolean hasGlobal(String name) {
        return globals.containsKey(name);
    }

    AdviceRequest request() {
        return request;
    }

    /** The path a property of a fact is shown under: {@code loan.monthsInArrears}, {@code figures.ltvPct}. */
    static String pathOf(String type, String property) {
        String prefix = INPUT_PREFIXES.get(type);
        if (prefix != null) {
            return prefix + "." + property;
        }
        if (type.equals("AsOf")) {
            return "asOf";
        }
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + property;
    }

    /** The borrower's facts whose absence made this property null. */
    Set<String> missingFor(String type, String property) {
        if (INPUT_PREFIXES.containsKey(type)) {
            return Set.of(pathOf(type, property));
        }
        if (type.equals("Figures")) {
            return FigureInputs.missingFor(property, request);
        }
        return Set.of();
    }
}

package hk.negequity.explain;

import hk.negequity.figures.FigureInputs;
import hk.negequity.figures.StandIns;
import hk.negequity.model.AdviceRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts one evaluation had: the request's parts, the figures, what the rules inserted, and the
 * globals. A fact type is named as the rules name it, by its simple class name.
 */
public final class EvaluationFacts {

    /** The request's parts, whose fields are the borrower's facts, by their path prefix. */
    private static final Map<String, String> INPUT_PREFIXES = Map.of(
            "Property", "property", "Loan", "loan", "Borrower", "borrower", "Scenario", "scenario");

    /** The borrower's fact each input part's property is, as a set of one, by type then property: made once. */
    private static final Map<String, Map<String, Set<String>>> INPUT_FACT = new ConcurrentHashMap<>();

    private final AdviceRequest request;
    private final Map<String, List<Object>> byType = new HashMap<>();
    private final Map<String, Object> globals;
    /** The inputs each figure waits for, worked out once per evaluation: a replay asks for some many times. */
    private final Map<String, Set<String>> figureWaitsFor = new HashMap<>();
    /** What each figure stands in for, worked out once per evaluation, as {@link #figureWaitsFor}. */
    private final Map<String, Optional<StandIns.StandIn>> figureStandsIn = new HashMap<>();
    /** The same for the numbers in each type of fact the rules inserted. */
    private final Map<String, Optional<StandIns.StandIn>> producedStandsIn = new HashMap<>();
    private Set<String> standingIn;
    private Boolean anyStandIn;
    /** Not read yet while negative: no request sets the top bit ({@link InputPaths}). */
    private long givenBits = -1;

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

    /** The facts the request gives, as {@link InputPaths#givenBits}: read once, asked for by rule after rule. */
    long givenBits() {
        if (givenBits < 0) {
            givenBits = InputPaths.givenBits(request);
        }
        return givenBits;
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
        if (type.equals("AgreementDate")) {
            return "property.agreementDate"; // the rules' reading of it: the date given, or the advice date
        }
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + property;
    }

    /** The borrower's facts whose absence made this property null: unmodifiable, in order, and shared. */
    Set<String> missingFor(String type, String property) {
        if (INPUT_PREFIXES.containsKey(type)) {
            Map<String, Set<String>> ofType = INPUT_FACT.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
            Set<String> known = ofType.get(property); // nearly always found: a plain read, no lambda made
            return known != null ? known : ofType.computeIfAbsent(property, p -> Set.of(pathOf(type, p)));
        }
        if (type.equals("Figures")) {
            Set<String> known = figureWaitsFor.get(property);
            if (known == null) {
                known = Collections.unmodifiableSet(FigureInputs.missingFor(property, request));
                figureWaitsFor.put(property, known);
            }
            return known;
        }
        return Set.of();
    }

    /** A value the rules read, with the facts not given that could still change it, if any. */
    Value valueOf(String type, String property, Object value, RuleModels models) {
        if (value == null || !anyStandIn()) {
            return Value.of(value); // a fully stated case, the common one: no lookup per value read
        }
        StandIns.StandIn standIn = standInFor(type, property, value, models);
        return standIn == null ? Value.of(value) : Value.standingIn(value, standIn);
    }

    /**
     * The facts not given that could still change a value the rules read, or null. A figure says which way it
     * could move. A number in a fact the rules inserted (a loan cap) waits for the lending base's missing fact
     * where every rule inserting that type reads it; either way, as a lower base may fall in a band with a higher
     * share (the tables encoded so far never let the cap itself rise so, but a table may). The balance and the
     * current value set no limit: a limit is the loan's at drawdown.
     */
    private StandIns.StandIn standInFor(String type, String property, Object value, RuleModels models) {
        if (type.equals("Figures")) {
            Optional<StandIns.StandIn> known = figureStandsIn.get(property);
            if (known == null) {
                known = Optional.ofNullable(StandIns.of(property, request));
                figureStandsIn.put(property, known);
            }
            return known.orElse(null);
        }
        if (!(value instanceof Number) || INPUT_PREFIXES.containsKey(type) || standingIn().isEmpty()) {
            return null;
        }
        return producedStandsIn.computeIfAbsent(type, t -> {
            Map<String, StandIns.Way> ways = new LinkedHashMap<>();
            for (String fact : standingIn()) {
                if (models.producerInputs(t).contains(fact)) {
                    ways.put(fact, StandIns.Way.EITHER);
                }
            }
            return Optional.ofNullable(ways.isEmpty() ? null : new StandIns.StandIn(Collections.unmodifiableMap(ways)));
        }).orElse(null);
    }

    private boolean anyStandIn() {
        if (anyStandIn == null) {
            anyStandIn = StandIns.anyIn(request);
        }
        return anyStandIn;
    }

    /** The fact the lending base of this request stands in for, if any: none where both are given. */
    private Set<String> standingIn() {
        if (standingIn == null) {
            StandIns.StandIn standIn = StandIns.of("lendingBase", request);
            standingIn = standIn == null ? Set.of() : standIn.notGiven();
        }
        return standingIn;
    }
}

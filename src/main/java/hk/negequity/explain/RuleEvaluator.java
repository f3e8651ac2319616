package hk.negequity.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays rules over one evaluation's facts, condition by condition, in three values. A fact the rules
 * would have inserted but did not is traced to the rules that insert it: if they could not decide for
 * want of a fact, neither can this one.
 */
final class RuleEvaluator {

    private static final Set<String> ALWAYS_PRESENT = Set.of("Property", "Loan", "Borrower", "Scenario", "Figures",
            "AsOf");

    private final RuleModels models;
    private final EvaluationFacts facts;
    private final boolean describing;
    private final Map<String, RuleTrace> traces = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final PatternConstraints constraints;

    /** A replay that shows each condition with its values, for a full explanation. */
    RuleEvaluator(RuleModels models, EvaluationFacts facts) {
        this(models, facts, true);
    }

    /**
     * @param describing whether conditions are shown with their text, facts, values and thresholds; without,
     *                   each condition has only its truth, place and missing facts: all that what-to-ask-next
     *                   needs, at a fraction of the cost
     */
    RuleEvaluator(RuleModels models, EvaluationFacts facts, boolean describing) {
        this.models = models;
        this.facts = facts;
        this.describing = describing;
        this.constraints = new PatternConstraints(facts, describing);
    }

    RuleTrace evaluate(RuleModel rule) {
        RuleTrace known = traces.get(rule.name());
        if (known != null) {
            return known;
        }
        inProgress.add(rule.name());
        List<Condition> conditions = new ArrayList<>();
        Truth truth;
        try {
            truth = elements(rule, rule.lhs(), Scope.empty(), conditions, false);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot explain rule \"" + rule.name() + "\" (" + rule.file() + ":"
                    + rule.line() + "): " + e.getMessage(), e);
        } finally {
            inProgress.remove(rule.name());
        }
        RuleTrace trace = new RuleTrace(rule, truth, List.copyOf(conditions));
        traces.put(rule.name(), trace);
        return trace;
    }

    private Truth elements(RuleModel rule, List<Element> elements, Scope scope, List<Condition> out, boolean negated) {
        Truth truth = Truth.TRUE;
        for (Element element : elements) {
            truth = truth.and(element(rule, element, scope, out, negated));
            if (truth == Truth.FALSE) {
                break;
            }
        }
        return truth;
    }

    private Truth element(RuleModel rule, Element element, Scope scope, List<Condition> out, boolean negated) {
        if (element instanceof Element.Pattern pattern) {
            return pattern(rule, pattern, scope, out, negated);
        }
        if (element instanceof Element.Not not) {
            // Inside a "not", what cannot be decided does not match, as in Drools: the rule is about absence.
            Truth inner = elements(rule, not.children(), scope.on(scope.fact, scope.type), new ArrayList<>(), true);
            inner = inner == Truth.UNKNOWN ? Truth.FALSE : inner;
            Set<String> waiting = inner == Truth.TRUE ? WaitingFacts.of(not.children(), facts) : Set.of();
            Truth truth = waiting.isEmpty() ? inner.not() : Truth.UNKNOWN;
            out.add(existence(rule, describing ? "not " + Element.textOf(not.children()) : null, truth,
                    inner == Truth.TRUE ? "there is one" : "there is none", not.line(), waiting));
            return truth;
        }
        if (element instanceof Element.Exists exists) {
            Truth inner = elements(rule, exists.children(), scope.on(scope.fact, scope.type), new ArrayList<>(), negated);
            out.add(existence(rule, describing ? "exists " + Element.textOf(exists.children()) : null, inner,
                    inner == Truth.TRUE ? "there is one" : "there is none", exists.line(), Set.of()));
            return inner;
        }
        if (element instanceof Element.And and) {
            return elements(rule, and.children(), scope, out, negated);
        }
        Element.Or or = (Element.Or) element;
        Truth truth = Truth.FALSE;
        for (Element child : or.children()) {
            truth = truth.or(element(rule, child, scope.on(scope.fact, scope.type), out, negated));
        }
        return truth;
    }

    private Truth pattern(RuleModel rule, Element.Pattern pattern, Scope scope, List<Condition> out, boolean negated) {
        Evaluator evaluator = new Evaluator(facts, rule.imports(), describing, models);
        List<Object> candidates;
        if (pattern.from() != null) {
            Value source = evaluator.value(pattern.from(), scope);
            if (source.isNull()) {
                Truth truth = source.isUnknown() ? Truth.UNKNOWN : Truth.FALSE;
                out.add(existence(rule, describing ? pattern.text() + " from " + pattern.from().text() : null, truth,
                        "cannot be looked up", pattern.line(), source.missing()));
                return unknownBindings(pattern, scope, truth, source.missing());
            }
            candidates = source.value() instanceof Collection<?> many ? new ArrayList<>(many) : List.of(source.value());
        } else if (pattern.collectOf() != null) {
            candidates = List.of(constraints.collect(rule, pattern.collectOf(), evaluator, scope));
        } else {
            candidates = facts.ofType(pattern.type());
        }
        if (candidates.isEmpty()) {
            Set<String> missing = negated ? Set.of() : producersMissing(pattern.type());
            Truth truth = missing.isEmpty() ? Truth.FALSE : Truth.UNKNOWN;
            out.add(existence(rule, pattern.text(), truth, describing ? "there is no " + pattern.type() : null,
                    pattern.line(), missing));
            return unknownBindings(pattern, scope, truth, missing);
        }
        List<Condition> best = null;
        Truth bestTruth = Truth.FALSE;
        Scope bestScope = null;
        for (Object candidate : candidates) {
            Scope local = scope.on(candidate, pattern.type());
            if (pattern.binding() != null) {
                local.bind(pattern.binding(), Value.of(candidate));
            }
            List<Condition> conditions = new ArrayList<>();
            Truth truth = constraints.check(rule, pattern, evaluator, local, conditions);
            if (truth == Truth.TRUE) {
                if (conditions.isEmpty() && !ALWAYS_PRESENT.contains(pattern.type())) {
                    conditions.add(existence(rule, pattern.text(), Truth.TRUE, "there is one", pattern.line(), Set.of()));
                }
                out.addAll(conditions);
                scope.bindAll(local);
                return Truth.TRUE;
            }
            if (best == null || (truth == Truth.UNKNOWN && bestTruth == Truth.FALSE)) {
                best = conditions;
                bestTruth = truth;
                bestScope = local;
            }
        }
        out.addAll(best);
        Set<String> missing = new LinkedHashSet<>();
        best.forEach(c -> missing.addAll(c.missing()));
        unknownBindings(pattern, scope, bestTruth, missing);
        if (bestTruth == Truth.UNKNOWN && candidates.size() == 1) {
            // The one fact there is would be the match: the fields it binds are known (one not given stays unknown),
            // so a later condition on them decides as it can (an agreement date outside a scheme's window is outside
            // it, whatever the facts not given turn out to be). The fact itself stays unknown: what its methods
            // would say may rest on what is not given.
            scope.bindFieldsAsIn(pattern, bestScope);
        }
        return bestTruth;
    }

    /** Why a fact the rules insert is absent: the missing facts of the rules that would insert it. */
    private Set<String> producersMissing(String type) {
        Set<String> missing = new LinkedHashSet<>();
        for (RuleModel producer : models.producersOf(type)) {
            if (!inProgress.contains(producer.name())) {
                missing.addAll(evaluate(producer).missing());
            }
        }
        return missing;
    }

    private static Truth unknownBindings(Element.Pattern pattern, Scope scope, Truth truth, Set<String> missing) {
        if (truth != Truth.TRUE) {
            scope.bindUnknown(pattern, Value.missing(missing));
        }
        return truth;
    }

    /** Without describing, only the truth and the missing facts are kept: no text is built that none reads. */
    private Condition existence(RuleModel rule, String text, Truth truth, String shown, int line,
                                Set<String> missing) {
        return describing ? Conditions.withoutValues(rule, text, truth, text + ": " + shown, line, missing)
                : Conditions.withoutValues(rule, null, truth, null, line, missing);
    }
}

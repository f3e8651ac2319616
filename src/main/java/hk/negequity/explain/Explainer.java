package hk.negequity.explain;

import hk.negequity.facts.MissingFact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Explains one evaluation: which conditions made each advice rule fire or not, and what to ask next. */
public final class Explainer {

    private static final Logger LOG = LoggerFactory.getLogger(Explainer.class);

    private final RuleModels models;
    private final Map<String, Set<String>> staticInputs = new TreeMap<>();
    /** The advice rules, in order, with what each depends on: worked out once, looked at on every answer. */
    private final List<AdviceRule> adviceRules = new ArrayList<>();
    /** Every figure an advice rule reads, each at its bit in {@link AdviceRule#figureBits}. */
    private final List<String> figures = new ArrayList<>();
    /** The codes of advice that lists the facts found missing: giving one of them changes it or withdraws it. */
    private final Set<String> listingMissingFacts = new HashSet<>();

    /**
     * @param inputs     the borrower's facts that decide the rule, as {@link InputPaths#bitsOf} gives them
     * @param reads      the borrower's facts the rule's outcome can move with, bound values included, and their bits
     * @param figures    the figures it reads, and their bits by their index in {@link Explainer#figures}
     */
    private record AdviceRule(RuleModel model, long inputs, List<String> reads, long readBits, List<String> figures,
                              long figureBits, boolean preApprovalOnly) {

        boolean hasEveryInput(long given) {
            return (inputs & ~given) == 0;
        }

        /**
         * The facts not given whose default this rule's outcome rests on, mostly none: the choices too ({@code
         * choices}: for advice given or waiting), or only the amounts, which may bring advice decided against.
         */
        List<String> restsOn(ProvisionalFacts provisional, long standingFigures, boolean choices) {
            long bits = provisional.bits(choices);
            if ((readBits & bits) == 0 && (figureBits & standingFigures) == 0) {
                return List.of();
            }
            List<String> facts = new ArrayList<>();
            reads.stream().filter(path -> InputPaths.isGiven(bits, path)).forEach(facts::add);
            figures.forEach(figure -> facts.addAll(provisional.standingInFor(figure)));
            return facts;
        }
    }

    public Explainer(RuleModels models) {
        this.models = models;
        StaticInputs inputs = new StaticInputs(models);
        StaticInputs deciding = StaticInputs.deciding(models);
        StaticInputs moving = StaticInputs.withBindings(models);
        for (RuleModel rule : models.all()) {
            staticInputs.put(rule.name(), inputs.of(rule));
            if (rule.isAdviceRule()) {
                List<String> reads = moving.of(rule).stream().filter(path -> !path.startsWith(StaticInputs.FIGURE))
                        .toList();
                List<String> figures = moving.of(rule).stream().filter(path -> path.startsWith(StaticInputs.FIGURE))
                        .map(path -> path.substring(StaticInputs.FIGURE.length())).toList();
                adviceRules.add(new AdviceRule(rule, InputPaths.bitsOf(deciding.of(rule)), reads,
                        InputPaths.bitsOf(reads), figures, figureBits(figures), rule.isPreApprovalOnly()));
                if (rule.lhs().stream().anyMatch(element -> element instanceof Element.Pattern pattern
                        && pattern.collectOf() != null
                        && pattern.collectOf().type().equals(MissingFact.class.getSimpleName()))) {
                    listingMissingFacts.add(rule.code());
                }
            }
        }
    }

    /** The bits of these figures in {@link #figures}, which gains those it lacks (a few dozen at most: {@code Figures}). */
    private long figureBits(List<String> read) {
        long bits = 0;
        for (String figure : read) {
            if (!figures.contains(figure)) {
                figures.add(figure);
            }
            bits |= 1L << figures.indexOf(figure);
        }
        return bits;
    }

    public RuleModels models() {
        return models;
    }

    /** The borrower's facts a rule can depend on, for the rule catalogue. */
    public Set<String> inputsOf(String ruleName) {
        return staticInputs.getOrDefault(ruleName, Set.of());
    }

    /**
     * Explaining is a service to the reader, never a reason to fail an answer the rules gave: a rule the
     * explainer cannot follow is left out of the explanation and logged by name (never with its values,
     * which are the borrower's).
     */
    private static RuleTrace traceOf(RuleEvaluator evaluator, RuleModel rule) {
        try {
            return evaluator.evaluate(rule);
        } catch (RuntimeException e) {
            LOG.warn("cannot explain rule \"{}\" ({}:{}): {}", rule.name(), rule.file(), rule.line(),
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * @param facts          the facts at the end of the evaluation, for rules that did not fire
     * @param factsWhenFired the facts a rule saw when it fired, by rule name
     * @param fired       the names of the rules that fired
     * @param preApproval whether the pre-approval rules were checked
     * @param full        with {@code because} and {@code notFired}; without, only {@code needs}
     */
    public Explanation explain(EvaluationFacts facts, Function<String, EvaluationFacts> factsWhenFired,
                               Set<String> fired, boolean preApproval, boolean full) {
        RuleEvaluator evaluator = new RuleEvaluator(models, facts, full);
        long given = facts.givenBits();
        ProvisionalFacts provisional = new ProvisionalFacts(facts.request());
        long standingFigures = provisional.standingFigures(figures);
        Map<String, List<Condition>> because = new LinkedHashMap<>();
        List<Explanation.NotFired> notFired = new ArrayList<>();
        WhatToAskNext toAsk = new WhatToAskNext();
        // A fact that would only change advice already given (its wording, say) is asked for after the others.
        Set<String> codesGiven = new HashSet<>();
        for (AdviceRule advice : adviceRules) {
            if (fired.contains(advice.model().name())) {
                codesGiven.add(advice.model().code());
            }
        }
        for (AdviceRule advice : adviceRules) {
            RuleModel rule = advice.model();
            if (!preApproval && advice.preApprovalOnly()) {
                continue;
            }
            if (fired.contains(rule.name())) {
                // Given on a default: giving the default's fact may withdraw it or change it.
                toAsk.restsOn(rule.code(), advice.restsOn(provisional, standingFigures, true));
                if (full) {
                    RuleTrace trace = traceOf(new RuleEvaluator(models, factsWhenFired.apply(rule.name())), rule);
                    because.put(rule.name(), trace == null ? List.of() : trace.conditions());
                }
                continue;
            }
            // A rule whose every input is given decided on what it had; only the others can be waiting for a fact.
            if (!full && advice.hasEveryInput(given)) {
                toAsk.restsOn(rule.code(), advice.restsOn(provisional, standingFigures, false));
                continue;
            }
            RuleTrace trace = traceOf(evaluator, rule);
            if (trace == null) {
                continue;
            }
            Set<String> missing = trace.missing();
            // Waiting, its default's fact may change how it decides; decided against, only an amount may bring it.
            toAsk.restsOn(rule.code(), advice.restsOn(provisional, standingFigures, !missing.isEmpty()));
            if (!missing.isEmpty()) {
                toAsk.waits(rule.code(), missing, inputsOf(rule.name()), codesGiven.contains(rule.code()));
            }
            if (full) {
                notFired.add(new Explanation.NotFired(rule.name(), rule.code(), rule.file(), rule.line(),
                        trace.firstFailed(), List.copyOf(missing)));
            }
        }
        // A fact the rules say is missing is asked for too (a rule that tests for its absence fired, so no rule
        // above waits for it), with the limits its rule says it decides. Most are a pre-approval's; one is advice's.
        for (Object fact : facts.ofType(MissingFact.class.getSimpleName())) {
            MissingFact missing = (MissingFact) fact;
            toAsk.decides(missing.path(), missing.decides().stream().filter(code -> !codesGiven.contains(code)).toList());
            listingMissingFacts.stream().filter(codesGiven::contains)
                    .forEach(code -> toAsk.restsOn(code, List.of(missing.path())));
        }
        return new Explanation(because, notFired, toAsk.needs());
    }
}

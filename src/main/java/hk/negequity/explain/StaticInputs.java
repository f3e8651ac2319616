package hk.negequity.explain;

import hk.negequity.figures.FigureInputs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The borrower's facts a rule can depend on, read from its conditions without any request: the fields of
 * the request it tests, the inputs of the figures it tests, and, for facts other rules insert, what those
 * rules depend on. It is what a rule catalogue lists as "the facts it needs"; read {@link #deciding}, only the figures'
 * inputs that decide them (not the balance that stands in for an amount not given), which is what tells the explainer
 * that a rule with all of them given has decided.
 */
final class StaticInputs {

    private static final Map<String, String> INPUT_TYPES = Map.of(
            "Property", "property", "Loan", "loan", "Borrower", "borrower", "Scenario", "scenario");

    /** How {@link #withBindings} names a figure a rule reads: {@code figures.ltvPct}. */
    static final String FIGURE = "figures.";

    private final RuleModels models;
    private final boolean deciding;
    /** Whether a field a rule binds without testing counts as read: its value may flow into what the rule inserts. */
    private final boolean bound;
    private final Map<String, Set<String>> known = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    StaticInputs(RuleModels models) {
        this(models, false, false);
    }

    private StaticInputs(RuleModels models, boolean deciding, boolean bound) {
        this.models = models;
        this.deciding = deciding;
        this.bound = bound;
    }

    /** The inputs that decide each rule: a figure's stand-ins for an input not given left out. */
    static StaticInputs deciding(RuleModels models) {
        return new StaticInputs(models, true, false);
    }

    /**
     * Every input a rule's outcome can move with: those its conditions read, those it or a rule inserting a fact it
     * reads binds, whose values may go into that fact (the other debts into a stress test's ratio), and what the rules
     * inserting a fact it needs absent depend on (a scheme that rules out the special scheme brings the stress test);
     * a figure as itself ({@link #FIGURE}), not as its inputs.
     */
    static StaticInputs withBindings(RuleModels models) {
        return new StaticInputs(models, false, true);
    }

    Set<String> of(RuleModel rule) {
        Set<String> cached = known.get(rule.name());
        if (cached != null) {
            return cached;
        }
        inProgress.add(rule.name());
        Set<String> inputs = new TreeSet<>();
        Map<String, Set<String>> variables = new HashMap<>();
        elements(rule.lhs(), inputs, variables, false);
        inProgress.remove(rule.name());
        known.put(rule.name(), java.util.Collections.unmodifiableSet(inputs));
        return known.get(rule.name());
    }

    /** @param negated inside a "not": a fact that must be absent needs nothing from the rules that add it */
    private void elements(List<Element> elements, Set<String> inputs, Map<String, Set<String>> variables,
                          boolean negated) {
        for (Element element : elements) {
            if (element instanceof Element.Pattern pattern) {
                pattern(pattern, inputs, variables, negated);
            } else if (element instanceof Element.Not not) {
                elements(not.children(), inputs, variables, true);
            } else if (element instanceof Element.Exists exists) {
                elements(exists.children(), inputs, variables, negated);
            } else if (element instanceof Element.And and) {
                elements(and.children(), inputs, variables, negated);
            } else if (element instanceof Element.Or or) {
                elements(or.children(), inputs, variables, negated);
            }
        }
    }

    private void pattern(Element.Pattern pattern, Set<String> inputs, Map<String, Set<String>> variables,
                         boolean negated) {
        if (pattern.collectOf() != null) {
            pattern(pattern.collectOf(), inputs, variables, negated);
        }
        if (pattern.from() != null) {
            referenced(pattern.from(), pattern.type(), inputs, variables);
        } else if ((!negated || bound) && !INPUT_TYPES.containsKey(pattern.type()) && !pattern.type().equals("Figures")) {
            for (RuleModel producer : models.producersOf(pattern.type())) {
                if (!inProgress.contains(producer.name())) {
                    inputs.addAll(of(producer));
                }
            }
        }
        for (Expr constraint : pattern.constraints()) {
            if (constraint instanceof Expr.Binding binding) {
                Set<String> bound = new TreeSet<>();
                referenced(binding.field(), pattern.type(), bound, variables);
                variables.put(binding.variable(), bound);
                if (this.bound) {
                    inputs.addAll(bound);
                }
                if (!binding.isCondition()) {
                    continue;
                }
                referenced(binding.expr(), pattern.type(), inputs, variables);
            } else {
                referenced(constraint, pattern.type(), inputs, variables);
            }
        }
    }

    /** Adds the inputs behind every field and variable an expression names. */
    private void referenced(Expr expr, String type, Set<String> inputs, Map<String, Set<String>> variables) {
        if (expr instanceof Expr.Name name) {
            if (name.name().startsWith("$")) {
                inputs.addAll(variables.getOrDefault(name.name(), Set.of()));
            } else if (Character.isUpperCase(name.name().charAt(0)) || name.name().equals("this")) {
                return; // a type, for its constants: Scheme.STAFF_LOAN
            } else if (INPUT_TYPES.containsKey(type)) {
                inputs.add(INPUT_TYPES.get(type) + "." + name.name());
            } else if (type.equals("Figures") && bound) {
                inputs.add(FIGURE + name.name()); // which inputs stand in for it depends on the request
            } else if (type.equals("Figures")) {
                inputs.addAll(deciding ? FigureInputs.decidingInputsOf(name.name())
                        : FigureInputs.inputsOf(name.name()));
            }
        } else if (expr instanceof Expr.Member member) {
            referenced(member.target(), type, inputs, variables);
        } else if (expr instanceof Expr.Call call) {
            if (call.target() != null) {
                referenced(call.target(), type, inputs, variables);
            }
            call.args().forEach(arg -> referenced(arg, type, inputs, variables));
        } else if (expr instanceof Expr.Unary unary) {
            referenced(unary.operand(), type, inputs, variables);
        } else if (expr instanceof Expr.Binary binary) {
            referenced(binary.left(), type, inputs, variables);
            referenced(binary.right(), type, inputs, variables);
        } else if (expr instanceof Expr.In in) {
            referenced(in.operand(), type, inputs, variables);
        } else if (expr instanceof Expr.Binding binding) {
            referenced(binding.expr(), type, inputs, variables);
        }
    }
}

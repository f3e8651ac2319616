package hk.negequity.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Every rule of a rule set, modelled for explanation from Drools' own parse of the DRL files. A
 * condition the explainer cannot read is a problem of the rule file, reported by line, so every rule that
 * loads can be explained.
 */
public final class RuleModels {

    private static final Pattern INSERTED = Pattern.compile("(?:new\\s+(\\w+)\\s*\\(|\\b([A-Z]\\w*)\\.of\\s*\\()");

    private final Map<String, RuleModel> byName;
    private final Map<String, List<RuleModel>> producersOf;
    /**
     * The borrower's facts every rule that inserts a type reads: what a value of that type depends on whichever
     * rule inserted it (a loan cap, from the HKMA's table or mortgage insurance's, on the lending base; a DSR cap
     * from the regime alone does not wait for the valuation because mortgage insurance's reads it).
     */
    private final Map<String, Set<String>> producerInputs = new HashMap<>();

    private RuleModels(Map<String, RuleModel> byName) {
        this.byName = byName;
        this.producersOf = new HashMap<>();
        for (RuleModel rule : byName.values()) {
            for (String type : rule.produces()) {
                producersOf.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
            }
        }
        StaticInputs inputs = new StaticInputs(this);
        producersOf.forEach((type, producers) -> {
            Set<String> common = new TreeSet<>(inputs.of(producers.get(0)));
            producers.forEach(producer -> common.retainAll(inputs.of(producer)));
            producerInputs.put(type, Collections.unmodifiableSet(common));
        });
    }

    /** The borrower's facts a fact the rules insert depends on; empty for a type no rule inserts. */
    Set<String> producerInputs(String type) {
        return producerInputs.getOrDefault(type, Set.of());
    }

    /**
     * @param packages parsed DRL files by file name
     * @param problems receives (file:line, message) for each condition that cannot be explained
     */
    public static RuleModels build(Map<String, PackageDescr> packages, BiConsumer<String, String> problems) {
        Map<String, RuleModel> rules = new LinkedHashMap<>();
        packages.forEach((file, descr) -> {
            Map<String, String> imports = new HashMap<>();
            for (ImportDescr importDescr : descr.getImports()) {
                String target = importDescr.getTarget();
                imports.put(target.substring(target.lastIndexOf('.') + 1), target);
            }
            for (RuleDescr rule : descr.getRules()) {
                List<Element> lhs = new ArrayList<>();
                for (BaseDescr child : rule.getLhs().getDescrs()) {
                    Element element = element(child, file, problems);
                    if (element != null) {
                        lhs.add(element);
                    }
                }
                Object code = rule.getAnnotation("code") == null ? null : rule.getAnnotation("code").getSingleValue();
                rules.put(rule.getName(), new RuleModel(rule.getName(), file, rule.getLine(),
                        code == null ? null : code.toString().replace("\"", "").strip(), List.copyOf(lhs),
                        produces(rule), imports));
            }
        });
        return new RuleModels(rules);
    }

    public RuleModel rule(String name) {
        return byName.get(name);
    }

    public List<RuleModel> all() {
        return List.copyOf(byName.values());
    }

    /** The rules whose consequence inserts facts of this simple type name. */
    public List<RuleModel> producersOf(String type) {
        return producersOf.getOrDefault(type, List.of());
    }

    private static Element element(BaseDescr descr, String file, BiConsumer<String, String> problems) {
        if (descr instanceof PatternDescr pattern) {
            return pattern(pattern, file, problems);
        }
        if (descr instanceof NotDescr not) {
            return new Element.Not(children(not.getDescrs(), file, problems), not.getLine());
        }
        if (descr instanceof ExistsDescr exists) {
            return new Element.Exists(children(exists.getDescrs(), file, problems), exists.getLine());
        }
        if (descr instanceof OrDescr or) {
            return new Element.Or(children(or.getDescrs(), file, problems), or.getLine());
        }
        if (descr instanceof AndDescr and) {
            return new Element.And(children(and.getDescrs(), file, problems), and.getLine());
        }
        problems.accept(file + ":" + descr.getLine(), "explanations cannot follow a "
                + descr.getClass().getSimpleName().replace("Descr", "") + " condition; use patterns, not, exists, or,"
                + " from and collect");
        return null;
    }

    private static List<Element> children(List<? extends BaseDescr> descrs, String file,
                                          BiConsumer<String, String> problems) {
        List<Element> children = new ArrayList<>();
        for (BaseDescr child : descrs) {
            Element element = element(child, file, problems);
            if (element != null) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element.Pattern pattern(PatternDescr descr, String file, BiConsumer<String, String> problems) {
        List<Expr> constraints = new ArrayList<>();
        for (BaseDescr constraint : descr.getConstraint().getDescrs()) {
            String text = constraint instanceof ExprConstraintDescr expr ? expr.getExpression() : constraint.getText();
            try {
                constraints.add(ExprParser.parse(text));
            } catch (IllegalArgumentException e) {
                problems.accept(file + ":" + constraint.getLine(), "explanations cannot read this condition: "
                        + e.getMessage());
            }
        }
        Expr from = null;
        Element.Pattern collectOf = null;
        if (descr.getSource() instanceof FromDescr source) {
            try {
                from = ExprParser.parse(source.getDataSource().toString());
            } catch (IllegalArgumentException e) {
                problems.accept(file + ":" + descr.getLine(), "explanations cannot read this source: " + e.getMessage());
            }
        } else if (descr.getSource() instanceof CollectDescr collect) {
            collectOf = pattern(collect.getInputPattern(), file, problems);
        } else if (descr.getSource() != null) {
            problems.accept(file + ":" + descr.getLine(), "explanations cannot follow a "
                    + descr.getSource().getClass().getSimpleName().replace("Descr", "") + " source; use from or collect");
        }
        String text = descr.getObjectType() + "(" + String.join(", ", constraints.stream().map(Expr::text).toList())
                + ")";
        return new Element.Pattern(descr.getObjectType(), descr.getIdentifier(), List.copyOf(constraints), from,
                collectOf, descr.getLine(), text);
    }

    private static Set<String> produces(RuleDescr rule) {
        Set<String> types = new LinkedHashSet<>();
        Object consequence = rule.getConsequence();
        Matcher matcher = INSERTED.matcher(consequence == null ? "" : consequence.toString());
        while (matcher.find()) {
            types.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return types;
    }
}

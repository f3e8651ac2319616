package hk.negequity.engine;

import hk.negequity.facts.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** The rules of a rule base that give advice, with their metadata and where they are written. */
final class AdviceRules {

    private AdviceRules() {
    }

    /** Each advice rule, in file and line order; a rule whose metadata is wrong is a problem at its line. */
    static List<RuleSet.RuleInfo> of(KieBase kieBase, RuleFiles files, Map<String, DrlOutline> outlines,
                                     List<RuleProblem> problems) {
        List<RuleSet.RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (!RuleMetadata.isAdviceRule(rule)) {
                    continue;
                }
                String file = fileOf(rule, outlines);
                int line = file == null ? 0 : outlines.get(file).lineOf(rule.getName());
                try {
                    List<String> figures = file == null ? List.of()
                            : AdviceFigures.namesIn(outlines.get(file).rule(rule.getName()).orElseThrow());
                    rules.add(new RuleSet.RuleInfo(RuleMetadata.parseAndKeep(rule), file, line, figures));
                } catch (RuleMetadata.MetadataMistake e) {
                    problems.add(new RuleProblem(file == null ? "?" : file, file == null ? line
                            : RuleAnnotationChecks.annotationLine(files.text(file), line, e.key()), e.getMessage()));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(file == null ? "?" : file, line, e.getMessage()));
                }
            }
        }
        rules.sort(Comparator.comparing(RuleSet.RuleInfo::file).thenComparingInt(RuleSet.RuleInfo::line));
        return rules;
    }

    /**
     * Every code a rule declares, with the variants declared for it, whether or not the rule's other metadata is
     * sound: a catalogue's text for them belongs to a rule, even while that rule is reported for another mistake.
     */
    static Map<String, Set<String>> declaredVariants(KieBase kieBase) {
        Map<String, Set<String>> variants = new java.util.TreeMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object code = rule.getMetaData().get(RuleMetadata.CODE);
                if (code != null) {
                    Set<String> declared = variants.computeIfAbsent(RuleAnnotationChecks.unquoted(code),
                            c -> new java.util.TreeSet<>());
                    Object variant = rule.getMetaData().get(RuleMetadata.VARIANT);
                    if (variant != null) {
                        declared.add(RuleAnnotationChecks.unquoted(variant));
                    }
                }
            }
        }
        return variants;
    }

    private static String fileOf(Rule rule, Map<String, DrlOutline> outlines) {
        Set<String> candidates = new LinkedHashSet<>();
        for (DrlOutline outline : outlines.values()) {
            if (rule.getPackageName().equals(outline.packageName()) && outline.rule(rule.getName()).isPresent()) {
                candidates.add(outline.file());
            }
        }
        return candidates.isEmpty() ? null : candidates.iterator().next();
    }
}

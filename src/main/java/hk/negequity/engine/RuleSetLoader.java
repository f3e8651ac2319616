package hk.negequity.engine;

import hk.negequity.facts.RuleMetadata;
import hk.negequity.explain.Explainer;
import hk.negequity.explain.RuleModels;
import hk.negequity.messages.MessageCatalogue;
import hk.negequity.policy.PolicyProblems;
import hk.negequity.policy.PolicyTables;
import hk.negequity.policy.PolicyTablesReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * Builds a {@link RuleSet} from a rule directory: every {@code .drl} file compiled into one rule base,
 * and the message catalogues under {@code messages/}. Any problem, in any file, fails the whole load
 * with every problem listed by file and line; nothing half-built is ever returned.
 */
public final class RuleSetLoader {

    static final String MESSAGES_DIR = "messages/";
    private static final String CATALOGUE_SUFFIX = ".properties";

    private final Clock clock;
    private final CompiledRuleBases ruleBases;

    /** A loader that uses the rule bases precompiled into this jar where the files match. */
    public RuleSetLoader(Clock clock) {
        this(clock, PrecompiledRules.onClassPath());
    }

    public RuleSetLoader(Clock clock, PrecompiledRules precompiled) {
        this.clock = clock;
        this.ruleBases = new CompiledRuleBases(precompiled);
    }

    public RuleSet load(Path dir) throws RuleSetException {
        RuleFiles files;
        try {
            files = RuleFiles.read(dir);
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleProblem(dir.toString(), 0, "cannot read: " + e.getMessage())));
        }
        return load(files);
    }

    public RuleSet load(RuleFiles files) throws RuleSetException {
        try {
            return loadChecked(files);
        } catch (RuntimeException e) {
            // The files made the rule compiler itself fail: still a problem with the files, reported as one, so
            // that a check, a reload or the watcher goes on and the rules in service stay.
            throw new RuleSetException(List.of(new RuleProblem("?", 0, "the rule files could not be compiled ("
                    + e.getMessage() + "); check the file changed last")));
        }
    }

    private RuleSet loadChecked(RuleFiles files) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        RuleSetChecks.requireUtf8(files, problems);
        List<String> drlNames = files.namesEndingWith(".drl");
        if (drlNames.isEmpty()) {
            problems.add(new RuleProblem(".", 0, "no .drl rule files in the rule directory"));
        }
        Map<String, DrlOutline> outlines = new TreeMap<>();
        for (String name : drlNames) {
            outlines.put(name, DrlOutline.parse(name, files.text(name)));
        }
        Map<String, MessageCatalogue> catalogues = readCatalogues(files, problems);
        PolicyTables policy = readPolicy(files, problems);
        boolean usesPolicy = RuleSetChecks.declaresPolicyGlobal(outlines);
        if (usesPolicy) {
            RuleSetChecks.requireEveryPolicyTable(files, problems);
        }
        RuleDeclarationChecks.checkAdviceRulesDeclareACode(outlines, problems);
        boolean compilable = RuleDeclarationChecks.checkSalience(outlines, problems) && !outlines.isEmpty();
        // Compiled even when other files have problems, so that one run reports every problem there is.
        KieBase kieBase = compilable ? ruleBases.of(files, outlines, problems) : null;
        if (kieBase == null || !problems.isEmpty()) {
            throw new RuleSetException(sorted(problems));
        }
        RuleModels models = ruleModels(outlines, problems);
        List<RuleSet.RuleInfo> adviceRules = adviceRules(kieBase, outlines, problems);
        RuleSetChecks.checkMessages(adviceRules, declaredCodes(kieBase), catalogues, problems);
        Explainer explainer = new Explainer(models);
        RuleSetChecks.checkQuestionsAndActions(adviceRules, explainer.allInputs(), catalogues, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(sorted(problems));
        }
        int ruleCount = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        return new RuleSet(files.version(), clock.instant(), kieBase, adviceRules, ruleCount, catalogues, policy,
                usesPolicy, explainer, kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2));
    }

    /** By file, then line, each problem once: the order an analyst fixes them in. */
    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        return problems.stream().distinct().sorted(Comparator.comparing(RuleProblem::file)
                .thenComparingInt(RuleProblem::line)).toList();
    }

    private static Map<String, MessageCatalogue> readCatalogues(RuleFiles files, List<RuleProblem> problems) {
        Map<String, MessageCatalogue> catalogues = new HashMap<>();
        for (String name : files.namesEndingWith(CATALOGUE_SUFFIX)) {
            if (!name.startsWith(MESSAGES_DIR)) {
                continue;
            }
            String language = name.substring(MESSAGES_DIR.length(), name.length() - CATALOGUE_SUFFIX.length());
            catalogues.put(language, MessageCatalogue.parse(language, name, files.text(name),
                    (message, line) -> problems.add(new RuleProblem(name, line, message))));
        }
        // Without one, every borrower who asks for that language would be answered in English without a word.
        for (String language : RuleSet.LANGUAGES) {
            if (!catalogues.containsKey(language)) {
                problems.add(new RuleProblem(MESSAGES_DIR + language + CATALOGUE_SUFFIX, 0, "the " + language
                        + " message catalogue is missing: the service answers in " + String.join(", ", RuleSet.LANGUAGES)));
            }
        }
        return catalogues;
    }

    /** Every condition must be one the explanations can follow; one they cannot is a problem of the file. */
    private static RuleModels ruleModels(Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        Map<String, PackageDescr> packages = new TreeMap<>();
        outlines.forEach((file, outline) -> {
            if (outline.descr() != null) {
                packages.put(file, outline.descr());
            }
        });
        return RuleModels.build(packages, (where, message) -> {
            int colon = where.lastIndexOf(':');
            problems.add(new RuleProblem(where.substring(0, colon), Integer.parseInt(where.substring(colon + 1)),
                    message));
        });
    }

    private static PolicyTables readPolicy(RuleFiles files, List<RuleProblem> problems) {
        Map<String, String> texts = new HashMap<>();
        for (String name : files.namesEndingWith(".csv")) {
            if (name.startsWith(PolicyTablesReader.DIR)) {
                texts.put(name, files.text(name));
            }
        }
        PolicyTablesReader reader = new PolicyTablesReader();
        PolicyTables tables = reader.read(texts);
        for (PolicyProblems.Problem problem : reader.problems().list()) {
            problems.add(new RuleProblem(problem.file(), problem.line(), problem.message()));
        }
        return tables;
    }

    private static List<RuleSet.RuleInfo> adviceRules(KieBase kieBase, Map<String, DrlOutline> outlines,
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
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(file == null ? "?" : file, line, e.getMessage()));
                }
            }
        }
        rules.sort(Comparator.comparing(RuleSet.RuleInfo::file).thenComparingInt(RuleSet.RuleInfo::line));
        return rules;
    }

    /** Every code a rule declares, even where the rest of its metadata is wrong (reported already). */
    private static Set<String> declaredCodes(KieBase kieBase) {
        Set<String> codes = new java.util.TreeSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object code = rule.getMetaData().get(RuleMetadata.CODE);
                if (code != null) {
                    codes.add(code.toString().replace("\"", "").strip());
                }
            }
        }
        return codes;
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

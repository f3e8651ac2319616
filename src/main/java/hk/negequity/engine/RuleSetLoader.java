package hk.negequity.engine;

import hk.negequity.explain.Explainer;
import hk.negequity.explain.RuleModels;
import hk.negequity.messages.MessageCatalogue;
import hk.negequity.policy.PolicyTables;
import hk.negequity.policy.PolicyTablesReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * Builds a {@link RuleSet} from a rule directory: every {@code .drl} file compiled into one rule base,
 * and the message catalogues under {@code messages/}. Any problem, in any file, fails the whole load
 * with every problem listed by file and line; nothing half-built is ever returned.
 */
public final class RuleSetLoader {

    static final String MESSAGES_DIR = "messages/";

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
        } catch (UnreadableRuleFileException e) {
            throw new RuleSetException(List.of(new RuleProblem(e.file(), 0, "cannot read: " + e.getMessage())));
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleProblem(dir.toString(), 0, "cannot read: " + e.getMessage())));
        }
        return load(files);
    }

    public RuleSet load(RuleFiles files) throws RuleSetException {
        try {
            return loadChecked(files);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Whatever else the files made fail is still a problem with the files, reported as one, so that a
            // check, a reload or the watcher goes on and the rules in service stay (the heap a rule base too large
            // for it took is garbage once its build is abandoned).
            throw new RuleSetException(List.of(compilerFailure(e)));
        }
    }

    /**
     * Compiled even when other files have problems, so that one run reports every problem there is. A salience
     * that is not a whole number is reported by line already: the files are compiled with it read as 0, for their
     * other mistakes, since the compiler would fail on it outright (1/0), word it without a line, or blame it on
     * another rule's generated code.
     */
    private KieBase compile(RuleFiles files, Map<String, DrlOutline> outlines, List<RuleProblem> problems,
                            boolean saliencesSound) {
        RuleFiles patched = saliencesSound ? null : RuleDeclarationChecks.withSoundSaliences(files, outlines);
        RuleFiles compiled = patched == null ? files : patched;
        Map<String, DrlOutline> compiledOutlines = new TreeMap<>(outlines);
        if (patched != null) {
            compiledOutlines.replaceAll((name, outline) -> DrlOutline.parse(name, patched.text(name)));
        }
        // Only where a salience could not be read as 0 can the compiler's words be about it.
        boolean compilerSpeaksForItself = saliencesSound || patched != null;
        List<RuleProblem> found = new ArrayList<>();
        KieBase kieBase;
        try {
            kieBase = ruleBases.of(compiled, compiledOutlines, found);
        } catch (RuntimeException e) {
            kieBase = null;
            if (compilerSpeaksForItself) {
                found.add(compilerFailure(e));
            }
        }
        found.stream().filter(problem -> compilerSpeaksForItself || !problem.file().equals("?"))
                .forEach(problems::add);
        return saliencesSound ? kieBase : null;
    }

    private static RuleProblem compilerFailure(Throwable e) {
        String why = e instanceof StackOverflowError ? "the compiler ran out of stack"
                : e instanceof OutOfMemoryError ? "the compiler ran out of memory: the rule base is too large for the heap"
                : String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
        return new RuleProblem("?", 0, "the rule files could not be compiled (" + (why.length() > 200
                ? why.substring(0, 200) + "…" : why) + "); check the file changed last");
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
        Map<String, MessageCatalogue> catalogues = TablesAndCatalogues.catalogues(files, problems);
        PolicyTables policy = TablesAndCatalogues.policy(files, problems);
        boolean usesPolicy = RuleSetChecks.declaresPolicyGlobal(outlines);
        if (usesPolicy) {
            RuleSetChecks.requireEveryPolicyTable(files, problems);
        }
        RuleDeclarationChecks.checkAdviceRulesDeclareACode(outlines, problems);
        RuleAnnotationChecks.check(files, outlines, problems);
        RuleDeclarationChecks.checkEveryFileDeclaresSomething(outlines, problems);
        boolean saliencesSound = RuleDeclarationChecks.checkSalience(outlines, problems);
        // Brackets nested past reason would take the compiler minutes, or all its stack: not compiled at all.
        boolean nestingSound = RuleDeclarationChecks.checkNesting(files, outlines, problems);
        KieBase kieBase = outlines.isEmpty() || !nestingSound ? null
                : compile(files, outlines, problems, saliencesSound);
        // Rules that compile are matched with their messages even where a catalogue or a policy table has problems
        // of its own, so that one run reports both (a catalogue line left out for its mistake is not reported again
        // as the text it lacks: MessageCatalogue.leftOut).
        boolean ruleFilesFailed = kieBase == null
                || problems.stream().anyMatch(problem -> !isCatalogueOrTable(problem.file()));
        // Compiled, the conditions are known: a bound no value meets, or a fact no rule makes, is said in this run
        // even where another file's own problem (its metadata, say) stops the checks below.
        RuleModels models = kieBase == null ? null : ruleModels(outlines, problems);
        if (models != null) {
            UnmadeFacts.check(outlines, models, problems);
            ImpossibleConditions.check(models, problems);
        }
        if (ruleFilesFailed) {
            // The rules' metadata is otherwise checked in the compiled rule base (AdviceRules), which this run lacks.
            problems.addAll(RuleAnnotationChecks.valueMistakes(files, outlines));
            throw new RuleSetException(sorted(problems));
        }
        List<RuleSet.RuleInfo> adviceRules = AdviceRules.of(kieBase, files, outlines, problems);
        RuleSetChecks.checkMessages(adviceRules, AdviceRules.declaredVariants(kieBase), catalogues, problems);
        Explainer explainer = new Explainer(models);
        RuleSetChecks.checkQuestionsAndActions(adviceRules, explainer::inputsOf, catalogues, problems);
        RuleSetChecks.checkVariantTextsInEveryLanguage(catalogues, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(sorted(problems));
        }
        int ruleCount = kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        RuleSet ruleSet = new RuleSet(files.version(), clock.instant(), kieBase, adviceRules, ruleCount, catalogues,
                policy, usesPolicy, explainer, SessionPool.perCore(kieBase));
        VerdictCheck.check(ruleSet, outlines, java.time.LocalDate.now(clock), problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(sorted(problems));
        }
        return ruleSet;
    }

    private static boolean isCatalogueOrTable(String file) {
        return file.startsWith(MESSAGES_DIR) || file.startsWith(PolicyTablesReader.DIR);
    }

    /** By file, then line, each problem once: the order an analyst fixes them in. */
    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        return RuleSetChecks.withoutEchoesOfBadBytes(problems).stream().distinct()
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)).toList();
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
}

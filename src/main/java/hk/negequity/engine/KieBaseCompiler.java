package hk.negequity.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL files into a KieBase with the executable model, reporting the compiler's errors by file
 * and line. Each build gets its own release id, and is removed from the JVM-wide repository once built,
 * so that reloads neither clash nor accumulate.
 */
final class KieBaseCompiler {

    /** KieBuilder registers each module in a JVM-wide repository: one build at a time. */
    private static final Object BUILD_LOCK = new Object();
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RESOURCES = "src/main/resources/";
    /** In a file the parser could not read: what it may declare that other files could need. */
    private static final Pattern DECLARATION = Pattern.compile("^\\s*(?:function|declare|query)\\b", Pattern.MULTILINE);

    private KieBaseCompiler() {
    }

    /** The rule base, or null with the compiler's errors added to {@code problems}. */
    static KieBase compile(RuleFiles files, Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        return build(files, outlines, problems,
                (releaseId) -> KieServices.Factory.get().newKieContainer(releaseId).getKieBase());
    }

    /**
     * The compiled module as kjar bytes (its generated classes and the names of its model classes), for
     * {@link PrecompiledRules}; or null with the compiler's errors added to {@code problems}.
     */
    static byte[] compileToKjar(RuleFiles files, Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        return build(files, outlines, problems,
                (releaseId) -> ((InternalKieModule) KieServices.Factory.get().getRepository().getKieModule(releaseId))
                        .getBytes());
    }

    private static <T> T build(RuleFiles files, Map<String, DrlOutline> outlines, List<RuleProblem> problems,
                               Function<ReleaseId, T> result) {
        synchronized (BUILD_LOCK) {
            List<RuleProblem> found = new ArrayList<>();
            T built = attempt(files, outlines.values(), List.of(), found, result);
            if (built != null) {
                return built;
            }
            reportTheOtherBrokenFiles(files, outlines, found);
            problems.addAll(found);
            return null;
        }
    }

    /**
     * The executable model gives up on a package at its first file that does not build, so a second broken
     * file would only be reported once the first is mended. The files not yet found broken are built again
     * without those that are, until they build or no new file is found broken. Only where the files set aside
     * declare nothing the others could need but globals (which are declared again for them): a function, type
     * or query set aside would make the others look broken when they are not.
     */
    private static void reportTheOtherBrokenFiles(RuleFiles files, Map<String, DrlOutline> outlines,
                                                  List<RuleProblem> found) {
        Map<String, DrlOutline> remaining = new LinkedHashMap<>(outlines);
        List<DrlOutline> setAside = new ArrayList<>();
        while (true) {
            Set<String> broken = new HashSet<>();
            found.forEach(problem -> broken.add(problem.file()));
            List<DrlOutline> newlyBroken = remaining.values().stream().filter(o -> broken.contains(o.file())).toList();
            if (newlyBroken.isEmpty() || newlyBroken.size() == remaining.size()
                    || !newlyBroken.stream().allMatch(o -> declaresOnlyRulesAndGlobals(o, files))) {
                return;
            }
            newlyBroken.forEach(o -> remaining.remove(o.file()));
            setAside.addAll(newlyBroken);
            List<RuleProblem> more = new ArrayList<>();
            attempt(files, remaining.values(), setAside, more, null);
            // Only a mistake placed in a file still built is that file's own; anything else stops the search.
            if (more.isEmpty() || !more.stream().allMatch(problem -> remaining.containsKey(problem.file()))) {
                return;
            }
            found.addAll(more);
        }
    }

    /** For a file that does not parse (a syntax error), as far as its text says: no line opens a declaration. */
    private static boolean declaresOnlyRulesAndGlobals(DrlOutline outline, RuleFiles files) {
        PackageDescr descr = outline.descr();
        if (descr == null) {
            return !DECLARATION.matcher(files.text(outline.file())).find();
        }
        return descr.getFunctions().isEmpty() && descr.getTypeDeclarations().isEmpty()
                && descr.getEnumDeclarations().isEmpty() && descr.getRules().stream().noneMatch(RuleDescr::isQuery);
    }

    /**
     * One build of {@code outlines}, with the globals of {@code setAside} declared for them; its errors are
     * added to {@code problems}. With no {@code result} wanted (null), only the errors count.
     */
    private static <T> T attempt(RuleFiles files, Collection<DrlOutline> outlines, List<DrlOutline> setAside,
                                 List<RuleProblem> problems, Function<ReleaseId, T> result) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("hk.negequity.rules", "ruleset-" + files.version(),
                "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> sourceOf = new HashMap<>();
        for (DrlOutline outline : outlines) {
            String path = RESOURCES + folderOf(outline.packageName()) + outline.file().replace('/', '_');
            sourceOf.put(path, outline.file());
            // Parser errors name the file without the resources folder.
            sourceOf.put(path.substring(RESOURCES.length()), outline.file());
            kfs.write(path, files.bytes(outline.file()));
        }
        for (int i = 0; i < setAside.size(); i++) {
            DrlOutline outline = setAside.get(i);
            kfs.write(RESOURCES + folderOf(outline.packageName()) + "set-aside-" + i + ".drl",
                    SetAsideGlobals.of(outline, files));
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            List<RuleProblem> placed = TextForNumberPlaces.place(e, outlines, files);
            if (placed.isEmpty()) {
                throw e;
            }
            problems.addAll(placed);
            return null;
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        try {
            if (!errors.isEmpty()) {
                problems.addAll(BuildErrors.locate(errors, sourceOf, files, outlines));
                return null;
            }
            return result == null ? null : result.apply(releaseId);
        } finally {
            // The rule base keeps what it needs; the JVM-wide repository must not keep every reload.
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static String folderOf(String packageName) {
        return packageName == null ? "" : packageName.replace('.', '/') + "/";
    }
}

package hk.negequity.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
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
            KieServices services = KieServices.Factory.get();
            ReleaseId releaseId = services.newReleaseId("hk.negequity.rules", "ruleset-" + files.version(),
                    "1.0." + BUILDS.incrementAndGet());
            KieFileSystem kfs = services.newKieFileSystem();
            kfs.generateAndWritePomXML(releaseId);
            Map<String, String> sourceOf = new HashMap<>();
            for (DrlOutline outline : outlines.values()) {
                String folder = outline.packageName() == null ? "" : outline.packageName().replace('.', '/') + "/";
                String path = "src/main/resources/" + folder + outline.file().replace('/', '_');
                sourceOf.put(path, outline.file());
                // Parser errors name the file without the resources folder.
                sourceOf.put(path.substring("src/main/resources/".length()), outline.file());
                kfs.write(path, files.bytes(outline.file()));
            }
            KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            try {
                if (!errors.isEmpty()) {
                    problems.addAll(BuildErrors.locate(errors, sourceOf, files));
                    return null;
                }
                return result.apply(releaseId);
            } finally {
                // The rule base keeps what it needs; the JVM-wide repository must not keep every reload.
                services.getRepository().removeKieModule(releaseId);
            }
        }
    }
}

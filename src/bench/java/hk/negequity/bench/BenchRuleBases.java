package hk.negequity.bench;

import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Rule bases the benchmarks build for themselves, from DRL text, as the service builds its own (the executable
 * model) but without its checks: made-up rules, or the bundled files with one left out.
 */
final class BenchRuleBases {

    private BenchRuleBases() {
    }

    /** @param drlByPath each file's DRL by its path under the package folder, e.g. {@code hk/negequity/rules/ltv.drl} */
    static KieBase build(String name, Map<String, String> drlByPath) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("hk.negequity.bench", name, "1.0." + System.nanoTime());
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drlByPath.forEach((path, drl) -> kfs.write("src/main/resources/" + path, drl));
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(name + " does not build: " + errors);
        }
        try {
            return services.newKieContainer(releaseId).getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }
}

package hk.negequity.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule bases compiled when the jar was built, found by the hash of the DRL files they were compiled from
 * ({@link RuleFiles#rulesVersion()}), so that starting on the bundled rules does not compile them again:
 * turning the DRL into the executable model takes seconds, building a rule base from the compiled model a
 * fraction of one. DRL that differs in any byte is compiled as ever; catalogues and policy tables do not
 * enter into it.
 */
public final class PrecompiledRules {

    /** Where the build puts them: {@code precompiled-rules/<rulesVersion>.kjar} on the class path. */
    public static final String RESOURCE_DIR = "precompiled-rules/";
    /** The entry of a kjar listing its executable model classes, one per line after a version header. */
    private static final String MODEL_LIST = "/drools-model";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private final Function<String, byte[]> kjarOf;

    private PrecompiledRules(Function<String, byte[]> kjarOf) {
        this.kjarOf = kjarOf;
    }

    /** The ones this jar carries. */
    public static PrecompiledRules onClassPath() {
        return new PrecompiledRules(version -> {
            try (InputStream in = PrecompiledRules.class.getResourceAsStream("/" + RESOURCE_DIR + version + ".kjar")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** None: every rule set is compiled. */
    public static PrecompiledRules none() {
        return new PrecompiledRules(version -> null);
    }

    /** Kjars given by version, as a build writes them. */
    public static PrecompiledRules of(Map<String, byte[]> kjars) {
        return new PrecompiledRules(kjars::get);
    }

    /**
     * The rule base compiled for this version, if there is one and it loads. One that does not load (built
     * against other classes than these) is passed over with a warning: the caller compiles instead.
     */
    Optional<KieBase> kieBase(String version) {
        byte[] kjar = kjarOf.apply(version);
        if (kjar == null) {
            return Optional.empty();
        }
        try {
            ModelClassLoader classes = new ModelClassLoader(entries(kjar), PrecompiledRules.class.getClassLoader());
            List<Model> models = new ArrayList<>();
            for (String name : classes.modelClassNames()) {
                models.add((Model) classes.loadClass(name).getDeclaredConstructor().newInstance());
            }
            if (models.isEmpty()) {
                throw new IllegalStateException("the kjar lists no model classes");
            }
            LOG.debug("using the rules precompiled at build time for {}", version);
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("the precompiled rules {} do not load ({}); compiling them instead", version, e.toString());
            return Optional.empty();
        }
    }

    private static Map<String, byte[]> entries(byte[] kjar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Defines the kjar's generated classes on demand, over the application's own. */
    private static final class ModelClassLoader extends ClassLoader {

        private final Map<String, byte[]> entries;

        ModelClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        List<String> modelClassNames() {
            List<String> names = new ArrayList<>();
            entries.forEach((name, bytes) -> {
                if (name.startsWith("META-INF/kie/") && name.endsWith(MODEL_LIST)) {
                    new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version"))
                            .forEach(names::add);
                }
            });
            return names;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = entries.get(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }
    }
}

package hk.negequity.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * Where a loader gets the rule base for a set of DRL files, cheapest first: precompiled into the jar, compiled
 * by this loader a moment ago (the last {@link #KEPT} kept), or compiled now. A rule base depends on the DRL
 * alone and is immutable, so a reload that changes only catalogues or policy tables, or goes back to the rules
 * served before, takes no compile.
 */
final class CompiledRuleBases {

    /** The one served and the one before it: enough to go back and forth without holding on to many. */
    static final int KEPT = 2;

    private final PrecompiledRules precompiled;
    private final Map<String, KieBase> recent = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
            return size() > KEPT;
        }
    };

    CompiledRuleBases(PrecompiledRules precompiled) {
        this.precompiled = precompiled;
    }

    /** The rule base of these files' DRL, or null with the compiler's errors added to {@code problems}. */
    KieBase of(RuleFiles files, Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        String key = files.rulesVersion();
        synchronized (recent) {
            KieBase kept = recent.get(key);
            if (kept != null) {
                return kept;
            }
        }
        KieBase kieBase = precompiled.kieBase(key).orElseGet(() -> KieBaseCompiler.compile(files, outlines, problems));
        if (kieBase != null) {
            synchronized (recent) {
                recent.put(key, kieBase);
            }
        }
        return kieBase;
    }
}

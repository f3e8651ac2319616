package hk.negequity.engine;

import hk.negequity.facts.RuleMetadata;
import hk.negequity.messages.MessageCatalogue;
import hk.negequity.explain.Explainer;
import hk.negequity.policy.PolicyTables;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;

/**
 * Everything loaded from one rule directory, immutable once built: the compiled rules (and a pool of
 * sessions over them, reset between uses, so that each evaluation does not rebuild the network's
 * memories; as many in use at once as there are cores), the message catalogues, the dated policy tables,
 * and the content hash that names this exact set of files.
 *
 * @param adviceRules the rules that give advice, with their metadata, in file and line order
 * @param ruleCount   every rule in the rule base, helper rules included
 */
public record RuleSet(String version, Instant loadedAt, KieBase kieBase, List<RuleInfo> adviceRules, int ruleCount,
                      Map<String, MessageCatalogue> catalogues, PolicyTables policy, boolean usesPolicyGlobal,
                      Explainer explainer, SessionPool sessions) {

    /** The name under which rules see the policy tables: {@code global PolicyTables policy}. */
    public static final String POLICY_GLOBAL = "policy";

    public static final String DEFAULT_LANGUAGE = "en";

    /** The languages the service answers in: a rule directory has a message catalogue for each. */
    public static final List<String> LANGUAGES = List.of(DEFAULT_LANGUAGE, "zh-HK", "zh-CN");

    public RuleSet {
        adviceRules = List.copyOf(adviceRules);
        catalogues = Map.copyOf(catalogues);
    }

    public Optional<MessageCatalogue> catalogue(String language) {
        return Optional.ofNullable(catalogues.get(language));
    }

    /** An advice rule by name, or null. */
    public RuleInfo ruleInfo(String name) {
        for (RuleInfo rule : adviceRules) {
            if (rule.metadata().name().equals(name)) {
                return rule;
            }
        }
        return null;
    }

    public MessageCatalogue defaultCatalogue() {
        return catalogues.get(DEFAULT_LANGUAGE);
    }

    /** An advice rule as loaded: its metadata, where it is written, and the figures its advice carries. */
    public record RuleInfo(RuleMetadata metadata, String file, int line, List<String> figureNames) {

        public RuleInfo {
            figureNames = List.copyOf(figureNames);
        }
    }
}

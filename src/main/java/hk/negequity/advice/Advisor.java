package hk.negequity.advice;

import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import java.util.function.Supplier;

/** The use cases over one source of rule sets, as the HTTP API and the command line need them. */
public record Advisor(AdviceService advice, PreApprovalService preApproval, PreApprovalBatch batch,
                      RuleCatalogue catalogue, Supplier<RuleSet> ruleSets) {

    public static Advisor over(Supplier<RuleSet> ruleSets, RuleEngine engine) {
        PreApprovalService preApproval = new PreApprovalService(ruleSets, engine);
        return new Advisor(new AdviceService(ruleSets, engine), preApproval, new PreApprovalBatch(preApproval),
                new RuleCatalogue(ruleSets), ruleSets);
    }
}

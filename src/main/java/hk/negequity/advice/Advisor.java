package hk.negequity.advice;

import hk.negequity.engine.RuleEngine;
import hk.negequity.engine.RuleSet;
import java.util.List;
import java.util.function.Supplier;

/** The use cases over one source of rule sets, as the HTTP API and the command line need them. */
public record Advisor(AdviceService advice, PreApprovalService preApproval, Batch<AdviceAnswer> adviceBatch,
                      Batch<PreApprovalAnswer> preApprovalBatch, RuleCatalogue catalogue, Supplier<RuleSet> ruleSets) {

    public static Advisor over(Supplier<RuleSet> ruleSets, RuleEngine engine) {
        return over(ruleSets, engine, EvaluationObserver.NONE);
    }

    public static Advisor over(Supplier<RuleSet> ruleSets, RuleEngine engine, EvaluationObserver observer) {
        AdviceService advice = new AdviceService(ruleSets, engine, observer);
        PreApprovalService preApproval = new PreApprovalService(ruleSets, engine, observer);
        return new Advisor(advice, preApproval,
                new Batch<>(ruleSets, advice::advise, answer -> "ANSWERED", answer -> codes(answer.advice())),
                new Batch<>(ruleSets, preApproval::preApprove, answer -> answer.verdict().name(),
                        answer -> codes(answer.advice())),
                new RuleCatalogue(ruleSets), ruleSets);
    }

    private static List<String> codes(List<AdviceItem> advice) {
        return advice.stream().map(AdviceItem::code).toList();
    }
}

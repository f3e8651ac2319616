package hk.negequity.engine;

import hk.negequity.facts.Verdict;
import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Employment;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import hk.negequity.model.Scenario;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A rule set that gives a pre-approval no verdict, or two, is refused as it is loaded, at the rules that give
 * verdicts: else it would pass {@code check} and a reload, and every pre-approval would then fail (a verdict rule
 * deleted, a condition made to overlap another's). Two cases are judged: nothing known, which any rule set must
 * refer, and a complete, unremarkable purchase, which reaches the rules that pass. What they are judged is not
 * checked here, only that each gets exactly one verdict; a rule that fails as it fires is reported too, and a loop
 * at the rule that fired most often before the limit stopped it.
 */
final class VerdictCheck {

    private static final String VERDICT = "Verdict";

    private VerdictCheck() {
    }

    static void check(RuleSet ruleSet, Map<String, DrlOutline> outlines, LocalDate today, List<RuleProblem> problems) {
        Place at = firstRule(outlines, rule -> String.valueOf(rule.getConsequence()).contains(VERDICT));
        if (at == null) {
            return; // a rule set without verdicts (a test's minimal one) answers advice only
        }
        RuleEngine engine = new RuleEngine();
        for (Map.Entry<String, AdviceRequest> sample : samples(today).entrySet()) {
            String where = "a pre-approval of " + sample.getKey();
            try {
                int verdicts = engine.evaluate(ruleSet, sample.getValue(), RuleEngine.Purpose.PRE_APPROVAL)
                        .facts(Verdict.class).size();
                if (verdicts != 1) {
                    problems.add(new RuleProblem(at.file(), at.line(), where + " gets " + verdicts
                            + " verdicts; the rules must give every case exactly one (PASS, REFER or DECLINE)"));
                }
            } catch (RuleFailedException e) {
                problems.add(new RuleProblem(at.file(), at.line(), where + ": " + e.what()));
            } catch (FiringLimitExceededException e) {
                String mostFired = mostFired(e.lastRules());
                Place looping = firstRule(outlines, rule -> rule.getName().equals(mostFired));
                Place place = looping == null ? at : looping;
                problems.add(new RuleProblem(place.file(), place.line(), where + " fires rules more than "
                        + e.limit() + " times; the last: " + e.lastRules()));
            }
        }
    }

    /** Where a rule is written. */
    private record Place(String file, int line) {
    }

    /** The first rule, in file order, that {@code which} accepts, or null: the first verdict rule, a rule by name. */
    private static Place firstRule(Map<String, DrlOutline> outlines, Predicate<RuleDescr> which) {
        for (DrlOutline outline : outlines.values()) {
            for (RuleDescr rule : outline.rules()) {
                if (which.test(rule)) {
                    return new Place(outline.file(), rule.getLine());
                }
            }
        }
        return null;
    }

    /**
     * The rule that fired most often among the last ones (the few the listener keeps): where a loop is, rather than
     * the verdict rules. A loop through more rules than are kept fires each once there; the first of them, still a
     * rule of the loop, is named.
     */
    private static String mostFired(List<String> lastRules) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        String most = null;
        for (String rule : lastRules) {
            int count = counts.merge(rule, 1, Integer::sum);
            if (most == null || count > counts.get(most)) {
                most = rule;
            }
        }
        return most;
    }

    private static Map<String, AdviceRequest> samples(LocalDate today) {
        AdviceRequest nothing = new AdviceRequest(today, Property.NONE, Loan.NONE, Borrower.NONE, Scenario.NONE);
        AdviceRequest purchase = new AdviceRequest(today,
                new Property(6_000_000d, 6_000_000d, 6_000_000d, Use.SELF_USE, true, today, false),
                new Loan(4_200_000d, null, 3.5, 360, 0, Scheme.STANDARD, 0),
                new Borrower(100_000d, 0d, 1_000_000d, false, true, Employment.EMPLOYED, false),
                new Scenario(0d));
        Map<String, AdviceRequest> samples = new java.util.LinkedHashMap<>();
        samples.put("a case with nothing known", nothing);
        samples.put("a complete purchase at 70% with ample income", purchase);
        return samples;
    }
}

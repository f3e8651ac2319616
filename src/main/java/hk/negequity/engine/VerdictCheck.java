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
        String[] at = firstVerdictRule(outlines);
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
                    problems.add(new RuleProblem(at[0], Integer.parseInt(at[1]), where + " gets " + verdicts
                            + " verdicts; the rules must give every case exactly one (PASS, REFER or DECLINE)"));
                }
            } catch (RuleFailedException e) {
                problems.add(new RuleProblem(at[0], Integer.parseInt(at[1]), where + ": " + e.what()));
            } catch (FiringLimitExceededException e) {
                String[] looping = ruleNamed(outlines, mostFired(e.lastRules()));
                String[] place = looping == null ? at : looping;
                problems.add(new RuleProblem(place[0], Integer.parseInt(place[1]), where + " fires rules more than "
                        + e.limit() + " times; the last: " + e.lastRules()));
            }
        }
    }

    /** The file and line of the first rule that gives a verdict, or null where none does. */
    private static String[] firstVerdictRule(Map<String, DrlOutline> outlines) {
        for (DrlOutline outline : outlines.values()) {
            for (RuleDescr rule : outline.rules()) {
                if (String.valueOf(rule.getConsequence()).contains(VERDICT)) {
                    return new String[] {outline.file(), String.valueOf(rule.getLine())};
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

    /** The file and line of the rule of that name, or null. */
    private static String[] ruleNamed(Map<String, DrlOutline> outlines, String name) {
        for (DrlOutline outline : outlines.values()) {
            for (RuleDescr rule : outline.rules()) {
                if (rule.getName().equals(name)) {
                    return new String[] {outline.file(), String.valueOf(rule.getLine())};
                }
            }
        }
        return null;
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

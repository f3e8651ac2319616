package hk.negequity.explain;

import hk.negequity.figures.StandIns;
import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Loan;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts not given that advice may rest on: read as a default, or stood in for by a figure. Advice whose rule
 * read one of them is provisional, and what to ask next names the fact with that advice under {@code mayChange}.
 * The defaults are the request's own (issue 2): other debts not given are none, instalments paid none, a balance not
 * given is the one scheduled (with no instalment paid, the amount drawn), and a loan without a scheme is none of the
 * schemes the rules look for. Facts that only stop rules from deciding (the flat's use, the arrears) are asked for
 * by the rules that wait for them.
 */
public final class ProvisionalFacts {

    private static final String[] STANDING_IN_FIGURES = {"lendingBase", "scenarioValue", "outstanding"};

    private ProvisionalFacts() {
    }

    public static Set<String> of(AdviceRequest request) {
        Set<String> facts = new TreeSet<>();
        Loan loan = request.loan();
        if (request.borrower().otherMonthlyDebt() == null) {
            facts.add("borrower.otherMonthlyDebt");
        }
        if (loan.paymentsMade() == null) {
            facts.add("loan.paymentsMade");
            if (loan.outstanding() == null) {
                facts.add("loan.outstanding");
            }
        }
        if (loan.scheme() == null) {
            facts.add("loan.scheme");
        }
        for (String figure : STANDING_IN_FIGURES) {
            StandIns.StandIn standIn = StandIns.of(figure, request);
            if (standIn != null) {
                facts.addAll(standIn.notGiven());
            }
        }
        return facts;
    }
}

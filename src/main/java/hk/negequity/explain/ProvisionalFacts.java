package hk.negequity.explain;

import hk.negequity.figures.FigureInputs;
import hk.negequity.figures.Schedule;
import hk.negequity.figures.StandIns;
import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Loan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts not given that one request's advice may rest on: read as a default, or stood in for in a figure. Advice
 * whose rule read one of them is provisional, and what to ask next names the fact with that advice under
 * {@code mayChange}. The defaults are the request's own (issues 2 and 3): other debts not given are none, instalments
 * paid none, a balance not given the scheduled one (none paid: the amount drawn), a loan without a scheme none of the
 * schemes the rules look for, a flat whose completion is not given completed, an agreement date not given the
 * advice date, and a flat whose use is not given held to the more generous of the two uses' limits. Facts that only
 * stop rules from deciding (the arrears, bankruptcy) are asked for by the rules that wait for them.
 */
final class ProvisionalFacts {

    private final AdviceRequest request;
    /** The choices taken by default ({@link InputPaths#bitsOf}): advice given or waiting on them may change. */
    private final long defaults;
    /** The amounts (and the date) taken by default: advice given, waiting or decided against on one may change. */
    private final long amounts;
    private final boolean any;
    private final Map<String, List<String>> byFigure = new HashMap<>();

    ProvisionalFacts(AdviceRequest request) {
        this.request = request;
        Loan loan = request.loan();
        Set<String> choices = new TreeSet<>();
        if (loan.paymentsMade() == null) {
            choices.add("loan.paymentsMade");
        }
        if (loan.scheme() == null) {
            choices.add("loan.scheme");
        }
        if (request.property().completed() == null) {
            choices.add("property.completed");
        }
        Set<String> sums = new TreeSet<>();
        // A date is a value too: given, it may fall before the regimes encoded or into another's limits.
        if (request.property().agreementDate() == null) {
            sums.add("property.agreementDate");
        }
        // A flat whose use is not given takes the more generous of the two uses' caps: given, it may take the lower.
        if (request.property().use() == null) {
            sums.add("property.use");
        }
        if (request.borrower().otherMonthlyDebt() == null) {
            sums.add("borrower.otherMonthlyDebt");
        }
        if (balanceIsTheAmount(loan) || Schedule.balanceScheduled(loan)) {
            sums.add("loan.outstanding");
        }
        this.amounts = InputPaths.bitsOf(sums);
        this.defaults = InputPaths.bitsOf(choices) | amounts;
        this.any = defaults != 0 || balanceForTheAmount(loan) || StandIns.anyIn(request);
    }

    /** Whether anything is taken by default: a fully stated case, the common one, has nothing to look up per rule. */
    boolean any() {
        return any;
    }

    /** The bits of the facts a rule's outcome rests on by default: choices too, or amounts only. */
    long bits(boolean choices) {
        return choices ? defaults : amounts;
    }

    /**
     * Which of {@code figures} have a fact standing in for an input in this request, as bits by their index: worked out
     * once, so that a rule none of whose figures has one costs a test of bits.
     */
    long standingFigures(List<String> figures) {
        long bits = 0;
        if (any) {
            for (int i = 0; i < figures.size(); i++) {
                if (!standingInFor(figures.get(i)).isEmpty()) {
                    bits |= 1L << i;
                }
            }
        }
        return bits;
    }

    /** The facts not given that stand in for this figure's inputs in this request: their amounts may move it. */
    List<String> standingInFor(String figure) {
        List<String> known = byFigure.get(figure);
        if (known == null) {
            known = work(figure); // not computeIfAbsent: a figure's work asks for another's
            byFigure.put(figure, known);
        }
        return known;
    }

    /**
     * What {@link StandIns} says stands in for the figure's inputs, with the request's defaults among the inputs
     * {@link FigureInputs} gives it: no other debts in the outgoings, the balance as the amount drawn, and a balance
     * given without the amount repaid over the whole term.
     */
    private List<String> work(String figure) {
        StandIns.StandIn standIn = StandIns.of(figure, request);
        Set<String> facts = new TreeSet<>(standIn == null ? Set.of() : standIn.notGiven());
        Loan loan = request.loan();
        List<String> inputs = FigureInputs.inputsOf(figure);
        List<String> deciding = FigureInputs.decidingInputsOf(figure);
        if (inputs.contains("borrower.otherMonthlyDebt") && request.borrower().otherMonthlyDebt() == null) {
            facts.add("borrower.otherMonthlyDebt");
        }
        boolean balance = deciding.contains("loan.outstanding");
        if (balance && balanceIsTheAmount(loan)) {
            facts.add("loan.outstanding");
            facts.add("loan.paymentsMade");
        }
        if (balance && Schedule.balanceScheduled(loan)) {
            facts.add("loan.outstanding");
        }
        if (!balance && deciding.contains("loan.annualRatePct") && balanceForTheAmount(loan)) {
            facts.add("loan.paymentsMade"); // an instalment worked from the balance over the months left
        }
        return List.copyOf(facts);
    }

    /** A balance given without the amount drawn or the instalments paid: the instalment is worked from it. */
    private static boolean balanceForTheAmount(Loan loan) {
        return loan.amount() == null && loan.outstanding() != null && loan.paymentsMade() == null;
    }

    /** Neither the balance nor the instalments paid given: the amount drawn is taken as owed. */
    private static boolean balanceIsTheAmount(Loan loan) {
        return loan.outstanding() == null && loan.paymentsMade() == null && loan.amount() != null;
    }
}

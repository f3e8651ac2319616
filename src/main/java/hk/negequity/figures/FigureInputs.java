package hk.negequity.figures;

import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Loan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the borrower's facts each figure is computed from, by their paths in the request: what to ask
 * for when a figure cannot be computed. It mirrors {@link FiguresCalculator}; a test checks the two agree.
 */
public final class FigureInputs {

    private static final List<String> LENDING_BASE = List.of("property.price", "property.valuation");
    private static final List<String> INSTALMENT = List.of("loan.amount", "loan.annualRatePct", "loan.tenorMonths");
    /** What stands in for the amount in the instalment where it is not given: the balance, with the payments made. */
    private static final List<String> INSTALMENT_STAND_INS = List.of("loan.outstanding", "loan.paymentsMade");
    /** A balance not given is scheduled from the amount, the rate and the term (after the payments made). */
    private static final List<String> BALANCE = List.of("loan.outstanding", "loan.amount", "loan.annualRatePct",
            "loan.tenorMonths");
    private static final List<String> SCENARIO_VALUE = List.of("scenario.priceChangePct", "property.currentValue",
            "property.price", "property.valuation");

    /** Every input path any figure can depend on, by figure. */
    private static final Map<String, List<String>> INPUTS = Map.ofEntries(
            Map.entry("lendingBase", LENDING_BASE),
            Map.entry("ltvPct", joined(List.of("loan.amount"), LENDING_BASE)),
            Map.entry("valuationShortfall", LENDING_BASE),
            Map.entry("priceOverValuationPct", LENDING_BASE),
            Map.entry("monthlyPayment", INSTALMENT),
            Map.entry("monthlyOutgoings", INSTALMENT),
            Map.entry("outstanding", BALANCE),
            Map.entry("currentValue", List.of("property.currentValue")),
            Map.entry("equity", joined(List.of("property.currentValue"), BALANCE)),
            Map.entry("currentLtvPct", joined(List.of("property.currentValue"), BALANCE)),
            Map.entry("headroomPct", joined(List.of("property.currentValue"), BALANCE)),
            Map.entry("reserveMonths", joined(List.of("borrower.liquidReserves"), INSTALMENT)),
            Map.entry("dsrPct", joined(List.of("borrower.monthlyIncome"), INSTALMENT)),
            Map.entry("scenarioValue", SCENARIO_VALUE),
            Map.entry("scenarioEquity", joined(SCENARIO_VALUE, BALANCE)));

    private FigureInputs() {
    }

    /** Other debts not given are none: outgoings are the instalment alone. */
    private static final List<String> OUTGOINGS_STAND_IN = List.of("borrower.otherMonthlyDebt");
    /** The figures worked from the outgoings: the instalment and the other debts. */
    private static final Set<String> OF_THE_OUTGOINGS = Set.of("monthlyOutgoings", "reserveMonths", "dsrPct");
    /** A balance not given is scheduled after the payments made (none given: the amount drawn). */
    private static final List<String> BALANCE_STAND_IN = List.of("loan.paymentsMade");

    /**
     * Every input the figure may be computed from (for a rule catalogue's "facts it needs"), with what stands in for
     * an input not given: the balance and payments made for the amount, no other debts, no payments made.
     */
    public static List<String> inputsOf(String figure) {
        List<String> inputs = INPUTS.getOrDefault(figure, List.of());
        if (inputs.containsAll(INSTALMENT)) {
            inputs = joined(inputs, INSTALMENT_STAND_INS);
        }
        if (OF_THE_OUTGOINGS.contains(figure)) {
            inputs = joined(inputs, OUTGOINGS_STAND_IN);
        }
        if (inputs.containsAll(BALANCE) && !inputs.containsAll(BALANCE_STAND_IN)) {
            inputs = joined(inputs, BALANCE_STAND_IN);
        }
        return inputs;
    }

    /**
     * The inputs that, all given, decide the figure, without what stands in for one of them where it is not given
     * (the balance for the amount in the instalment): a rule with every one of these given has decided.
     */
    public static List<String> decidingInputsOf(String figure) {
        return INPUTS.getOrDefault(figure, List.of());
    }

    /**
     * The inputs missing from {@code request} that keep {@code figure} from being computed; empty when it can be.
     * Where either of two inputs would do (price or valuation), both are listed.
     */
    public static Set<String> missingFor(String figure, AdviceRequest request) {
        Set<String> missing = new LinkedHashSet<>();
        switch (figure) {
            case "lendingBase" -> lendingBase(request, missing);
            case "ltvPct" -> {
                need(missing, request.loan().amount(), "loan.amount");
                lendingBase(request, missing);
            }
            case "valuationShortfall", "priceOverValuationPct" -> {
                need(missing, request.property().price(), "property.price");
                need(missing, request.property().valuation(), "property.valuation");
            }
            case "monthlyPayment", "monthlyOutgoings" -> payment(request.loan(), missing);
            case "outstanding" -> outstanding(request.loan(), missing);
            case "currentValue" -> need(missing, request.property().currentValue(), "property.currentValue");
            case "equity", "currentLtvPct", "headroomPct" -> {
                need(missing, request.property().currentValue(), "property.currentValue");
                outstanding(request.loan(), missing);
            }
            case "reserveMonths" -> {
                need(missing, request.borrower().liquidReserves(), "borrower.liquidReserves");
                payment(request.loan(), missing);
            }
            case "dsrPct" -> {
                need(missing, request.borrower().monthlyIncome(), "borrower.monthlyIncome");
                payment(request.loan(), missing);
            }
            case "scenarioValue" -> scenarioValue(request, missing);
            case "scenarioEquity" -> {
                scenarioValue(request, missing);
                outstanding(request.loan(), missing);
            }
            default -> {
                // Not a figure computed from inputs.
            }
        }
        return missing;
    }

    private static void lendingBase(AdviceRequest request, Set<String> missing) {
        if (request.property().price() == null && request.property().valuation() == null) {
            missing.add("property.price");
            missing.add("property.valuation");
        }
    }

    private static void payment(Loan loan, Set<String> missing) {
        if (Schedule.repaid(loan)) {
            // Nothing left to pay: no instalment, whatever the rate, the term or the amount.
            return;
        }
        // Without the amount, a balance given is repaid over the months left after the payments made: with the
        // balance given, either the amount or the payments made would do.
        boolean balanceStandsIn = loan.amount() == null && loan.outstanding() != null;
        if (!balanceStandsIn) {
            need(missing, loan.amount(), "loan.amount");
            if (loan.amount() == null && loan.paymentsMade() != null) {
                // The instalments paid given, the balance owed would price the months left as well as the amount.
                missing.add("loan.outstanding");
            }
        } else if (loan.paymentsMade() == null) {
            missing.add("loan.amount");
            missing.add("loan.paymentsMade");
        } else if (Schedule.termRunOut(loan)) {
            // A balance left after the whole term has no months to be repaid over: only the amount prices it.
            missing.add("loan.amount");
        }
        need(missing, loan.annualRatePct(), "loan.annualRatePct");
        need(missing, loan.tenorMonths(), "loan.tenorMonths");
    }

    /**
     * A balance not given is scheduled: from the amount alone before any payment, from the amount, the rate and the
     * term after some, from nothing once the whole term is paid. Where the schedule lacks an input, the balance
     * itself would do as well, and is listed beside it.
     */
    private static void outstanding(Loan loan, Set<String> missing) {
        if (loan.outstanding() != null || Schedule.termRunOut(loan)) {
            return;
        }
        if (loan.amount() == null) {
            missing.add("loan.outstanding");
            missing.add("loan.amount");
        } else if (loan.paymentsMade() != null && loan.paymentsMade() > 0
                && (loan.annualRatePct() == null || loan.tenorMonths() == null)) {
            missing.add("loan.outstanding");
            need(missing, loan.annualRatePct(), "loan.annualRatePct");
            need(missing, loan.tenorMonths(), "loan.tenorMonths");
        }
    }

    private static void scenarioValue(AdviceRequest request, Set<String> missing) {
        need(missing, request.scenario().priceChangePct(), "scenario.priceChangePct");
        if (request.property().currentValue() == null && request.property().price() == null
                && request.property().valuation() == null) {
            // Without a current value the scenario moves the lending base: any of the three would do.
            missing.add("property.currentValue");
            missing.add("property.price");
            missing.add("property.valuation");
        }
    }

    private static void need(Set<String> missing, Object value, String path) {
        if (value == null) {
            missing.add(path);
        }
    }

    private static List<String> joined(List<String> first, List<String> then) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(then);
        return List.copyOf(all);
    }
}

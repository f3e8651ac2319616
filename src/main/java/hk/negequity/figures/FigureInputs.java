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

    /** Every input path any figure can depend on, by figure. */
    private static final Map<String, List<String>> INPUTS = Map.ofEntries(
            Map.entry("lendingBase", List.of("property.price", "property.valuation")),
            Map.entry("ltvPct", List.of("loan.amount", "property.price", "property.valuation")),
            Map.entry("valuationShortfall", List.of("property.price", "property.valuation")),
            Map.entry("priceOverValuationPct", List.of("property.price", "property.valuation")),
            Map.entry("monthlyPayment", List.of("loan.amount", "loan.annualRatePct", "loan.tenorMonths")),
            Map.entry("monthlyOutgoings", List.of("loan.amount", "loan.annualRatePct", "loan.tenorMonths")),
            Map.entry("outstanding", List.of("loan.outstanding", "loan.amount", "loan.annualRatePct",
                    "loan.tenorMonths")),
            Map.entry("currentValue", List.of("property.currentValue")),
            // A balance not given is scheduled from the amount, the rate and the term (after payments made).
            Map.entry("equity", List.of("property.currentValue", "loan.outstanding", "loan.amount",
                    "loan.annualRatePct", "loan.tenorMonths")),
            Map.entry("currentLtvPct", List.of("property.currentValue", "loan.outstanding", "loan.amount",
                    "loan.annualRatePct", "loan.tenorMonths")),
            Map.entry("headroomPct", List.of("property.currentValue", "loan.outstanding", "loan.amount",
                    "loan.annualRatePct", "loan.tenorMonths")),
            Map.entry("reserveMonths", List.of("borrower.liquidReserves", "loan.amount", "loan.annualRatePct",
                    "loan.tenorMonths")),
            Map.entry("dsrPct", List.of("borrower.monthlyIncome", "loan.amount", "loan.annualRatePct",
                    "loan.tenorMonths")),
            Map.entry("scenarioValue", List.of("scenario.priceChangePct", "property.currentValue",
                    "property.price", "property.valuation")),
            Map.entry("scenarioEquity", List.of("scenario.priceChangePct", "property.currentValue",
                    "property.price", "property.valuation", "loan.outstanding", "loan.amount", "loan.annualRatePct",
                    "loan.tenorMonths")));

    private FigureInputs() {
    }

    /** Every input the figure may be computed from (for a rule catalogue's "facts it needs"). */
    public static List<String> inputsOf(String figure) {
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
        need(missing, loan.amount(), "loan.amount");
        need(missing, loan.annualRatePct(), "loan.annualRatePct");
        need(missing, loan.tenorMonths(), "loan.tenorMonths");
    }

    private static void outstanding(Loan loan, Set<String> missing) {
        if (loan.outstanding() != null) {
            return;
        }
        if (loan.amount() == null) {
            missing.add("loan.outstanding");
            missing.add("loan.amount");
        } else if (loan.paymentsMade() != null && loan.paymentsMade() > 0) {
            need(missing, loan.annualRatePct(), "loan.annualRatePct");
            need(missing, loan.tenorMonths(), "loan.tenorMonths");
        }
    }

    private static void scenarioValue(AdviceRequest request, Set<String> missing) {
        need(missing, request.scenario().priceChangePct(), "scenario.priceChangePct");
        if (request.property().currentValue() == null && request.property().price() == null
                && request.property().valuation() == null) {
            missing.add("property.currentValue");
        }
    }

    private static void need(Set<String> missing, Object value, String path) {
        if (value == null) {
            missing.add(path);
        }
    }
}

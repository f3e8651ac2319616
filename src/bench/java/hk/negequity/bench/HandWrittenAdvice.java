package hk.negequity.bench;

import hk.negequity.figures.Figures;
import hk.negequity.figures.FiguresCalculator;
import hk.negequity.figures.MortgageMath;
import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Employment;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The advice codes of the rule set written as plain Java, for the benchmarks only: what the same answer
 * costs without a rule engine, so the engine's overhead reads as a ratio. It covers the current regime
 * (2024-10-16), the MIP bands of 2023 up to HK$15M and the not-covered dates; a test checks it agrees with
 * the engine on the benchmark cases. The product's rules live in rules/, never here.
 */
public final class HandWrittenAdvice {

    private static final LocalDate EARLIEST_REGIME = LocalDate.of(2023, 7, 7);
    private static final LocalDate CURRENT_REGIME = LocalDate.of(2024, 10, 16);

    private HandWrittenAdvice() {
    }

    /**
     * The codes, with the largest loan the DSR cap allows where it can be worked out: the figure a broker reads,
     * returned so that the benchmark consumes it and the JIT cannot drop its computation as unused.
     */
    public record Answer(List<String> codes, double maxLoanByDsr) {
    }

    /** The codes, in no particular order, that the rules give for this request. */
    public static List<String> codes(AdviceRequest request, boolean preApproval) {
        return answer(request, preApproval).codes();
    }

    public static Answer answer(AdviceRequest request, boolean preApproval) {
        Figures f = FiguresCalculator.compute(request);
        Property property = request.property();
        Loan loan = request.loan();
        Borrower borrower = request.borrower();
        List<String> codes = new ArrayList<>(16);
        if (f.ltvPct() != null) {
            codes.add(f.ltvPct() > 80 ? "LTV_ABOVE_SAFE_LEVEL" : "LTV_WITHIN_SAFE_LEVEL");
            if ((loan.scheme() == Scheme.STAFF_LOAN || loan.scheme() == Scheme.MORTGAGE_INSURANCE) && f.ltvPct() > 80) {
                codes.add("HIGH_RISK_SCHEME");
            }
        }
        if (f.valuationShortfall() != null && f.valuationShortfall() > 0) {
            codes.add("PRICE_ABOVE_VALUATION");
        }
        if (f.monthlyOutgoings() != null && f.monthlyOutgoings() > 0 && borrower.liquidReserves() != null) {
            codes.add(borrower.liquidReserves() < 6 * f.monthlyOutgoings() ? "RESERVE_BELOW_SIX_MONTHS"
                    : "RESERVE_ADEQUATE");
        }
        equity(f, codes);
        callLoanAndArrears(f, loan, borrower, codes);
        if (loan.amount() != null && loan.annualRatePct() != null && loan.tenorMonths() != null) {
            codes.add("RATE_RISE_SENSITIVITY");
            if (loan.tenorMonths() > 360) {
                codes.add("TENOR_ABOVE_MAXIMUM");
            }
        }
        double maxLoanByDsr = limits(request, f, property, loan, borrower, codes);
        if (preApproval && borrower.monthlyIncome() == null) {
            codes.add("PRE_APPROVAL_INCOMPLETE");
        }
        return new Answer(codes, maxLoanByDsr);
    }

    private static void equity(Figures f, List<String> codes) {
        if (f.equity() != null && f.equity() < 0) {
            codes.add("NEGATIVE_EQUITY");
        }
        if (f.headroomPct() != null && f.headroomPct() >= 0 && f.headroomPct() < 10) {
            codes.add("NEAR_NEGATIVE_EQUITY");
        }
        if (f.headroomPct() != null && f.headroomPct() > 0) {
            codes.add("EQUITY_HEADROOM");
        }
        if (f.scenarioEquity() != null && f.scenarioEquity() < 0) {
            codes.add("NEGATIVE_EQUITY_IN_SCENARIO");
        }
    }

    private static void callLoanAndArrears(Figures f, Loan loan, Borrower borrower, List<String> codes) {
        Integer arrears = loan.monthsInArrears();
        if (f.equity() != null && f.equity() < 0 && arrears != null && arrears == 0
                && Boolean.FALSE.equals(borrower.bankrupt())) {
            codes.add("CALL_LOAN_UNLIKELY_WHILE_PAYING");
        }
        if (arrears != null && arrears >= 1 || Boolean.TRUE.equals(borrower.bankrupt())) {
            codes.add("CALL_LOAN_RISK");
        }
        if (borrower.employment() == Employment.UNEMPLOYED && arrears != null && arrears == 0) {
            codes.add("JOB_LOSS_CONTACT_BANK");
        }
        if (arrears != null && arrears == 1) {
            codes.add("ARREARS_REMINDER_STAGE");
        } else if (arrears != null && arrears >= 2 && arrears <= 3) {
            codes.add("ARREARS_DEMAND_STAGE");
        } else if (arrears != null && arrears >= 4) {
            codes.add("ARREARS_LEGAL_ACTION_STAGE");
        }
    }

    /**
     * The 2024-10-16 regime (70%, DSR 50%) and mortgage insurance's bands up to HK$15M; returns the largest loan
     * the DSR cap allows, NaN where it cannot be worked out.
     */
    private static double limits(AdviceRequest request, Figures f, Property property, Loan loan, Borrower borrower,
                               List<String> codes) {
        LocalDate date = property.agreementDate() != null ? property.agreementDate() : request.asOf();
        if (date.isBefore(EARLIEST_REGIME)) {
            codes.add("REGIME_NOT_COVERED");
            return Double.NaN;
        }
        if (date.isBefore(CURRENT_REGIME) || f.lendingBase() == null || loan.amount() == null) {
            return Double.NaN;
        }
        double base = f.lendingBase();
        double maxLoan;
        double dsrCap = 50;
        if (loan.scheme() == Scheme.MORTGAGE_INSURANCE && property.use() != Use.NON_SELF_USE && base <= 15_000_000) {
            boolean firstTimeBuyer = Boolean.TRUE.equals(borrower.firstTimeBuyer())
                    && Boolean.TRUE.equals(borrower.salaried());
            maxLoan = firstTimeBuyer && base <= 10_000_000 ? base * 0.9 : base * 0.8;
        } else {
            maxLoan = base * 0.7;
        }
        if (loan.amount() > maxLoan) {
            codes.add("LTV_ABOVE_POLICY_CAP");
        }
        if (f.dsrPct() != null && f.dsrPct() > dsrCap) {
            codes.add("DSR_ABOVE_CAP");
        }
        if (f.monthlyPayment() != null && borrower.monthlyIncome() != null) {
            // The figure brokers read: the loan that fits the DSR cap.
            return MortgageMath.principalFor(borrower.monthlyIncome() * dsrCap / 100, loan.annualRatePct(),
                    loan.tenorMonths());
        }
        return Double.NaN;
    }
}

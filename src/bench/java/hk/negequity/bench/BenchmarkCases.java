package hk.negequity.bench;

import hk.negequity.engine.RuleEngine;
import hk.negequity.figures.FiguresCalculator;
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

/** The three representative cases every benchmark runs, as requests and as the JSON clients send. */
public enum BenchmarkCases {

    /** A salaried first-time buyer borrowing 90% under mortgage insurance. */
    FIRST_TIME_BUYER_MIP_90(RuleEngine.Purpose.ADVICE, new AdviceRequest(LocalDate.of(2026, 11, 28),
            new Property(6_000_000.0, 6_000_000.0, null, Use.SELF_USE, true, LocalDate.of(2026, 11, 20), null),
            new Loan(5_400_000.0, null, 3.25, 360, 0, Scheme.MORTGAGE_INSURANCE, 0),
            new Borrower(60_000.0, 0.0, 150_000.0, true, true, Employment.EMPLOYED, false),
            new Scenario(-10.0)), """
            {"asOf":"2026-11-28","property":{"price":6000000,"valuation":6000000,"use":"SELF_USE","completed":true,\
            "agreementDate":"2026-11-20"},"loan":{"amount":5400000,"annualRatePct":3.25,"tenorMonths":360,\
            "paymentsMade":0,"scheme":"MORTGAGE_INSURANCE","monthsInArrears":0},"borrower":{"monthlyIncome":60000,\
            "otherMonthlyDebt":0,"liquidReserves":150000,"firstTimeBuyer":true,"salaried":true,\
            "employment":"EMPLOYED","bankrupt":false},"scenario":{"priceChangePct":-10}}"""),

    /** An owner who bought in 2022, now in negative equity and two months in arrears. */
    NEGATIVE_EQUITY_IN_ARREARS(RuleEngine.Purpose.ADVICE, new AdviceRequest(LocalDate.of(2026, 11, 28),
            new Property(6_000_000.0, 6_000_000.0, 4_900_000.0, Use.SELF_USE, true, LocalDate.of(2022, 5, 1), null),
            new Loan(5_400_000.0, 5_150_000.0, 3.5, 360, 48, Scheme.STAFF_LOAN, 2),
            new Borrower(30_000.0, 2_000.0, 20_000.0, null, null, Employment.UNEMPLOYED, false),
            new Scenario(null)), """
            {"asOf":"2026-11-28","property":{"price":6000000,"valuation":6000000,"currentValue":4900000,\
            "use":"SELF_USE","completed":true,"agreementDate":"2022-05-01"},"loan":{"amount":5400000,\
            "outstanding":5150000,"annualRatePct":3.5,"tenorMonths":360,"paymentsMade":48,"scheme":"STAFF_LOAN",\
            "monthsInArrears":2},"borrower":{"monthlyIncome":30000,"otherMonthlyDebt":2000,"liquidReserves":20000,\
            "employment":"UNEMPLOYED","bankrupt":false}}"""),

    /** A broker's pre-approval of a standard 70% loan that passes. */
    STANDARD_70_PRE_APPROVAL(RuleEngine.Purpose.PRE_APPROVAL, new AdviceRequest(LocalDate.of(2026, 11, 28),
            new Property(6_000_000.0, 6_000_000.0, null, Use.SELF_USE, true, LocalDate.of(2026, 11, 20), null),
            new Loan(4_200_000.0, null, 3.25, 360, 0, Scheme.STANDARD, 0),
            new Borrower(60_000.0, 0.0, 150_000.0, null, null, Employment.EMPLOYED, false),
            new Scenario(null)), """
            {"asOf":"2026-11-28","property":{"price":6000000,"valuation":6000000,"use":"SELF_USE","completed":true,\
            "agreementDate":"2026-11-20"},"loan":{"amount":4200000,"annualRatePct":3.25,"tenorMonths":360,\
            "paymentsMade":0,"scheme":"STANDARD","monthsInArrears":0},"borrower":{"monthlyIncome":60000,\
            "otherMonthlyDebt":0,"liquidReserves":150000,"employment":"EMPLOYED","bankrupt":false}}""");

    private final RuleEngine.Purpose purpose;
    private final AdviceRequest request;
    private final String json;

    BenchmarkCases(RuleEngine.Purpose purpose, AdviceRequest request, String json) {
        this.purpose = purpose;
        this.request = request;
        this.json = json;
    }

    public RuleEngine.Purpose purpose() {
        return purpose;
    }

    public AdviceRequest request() {
        return request;
    }

    public String json() {
        return json;
    }

    /** The facts the engine hands its session for the case. */
    public List<Object> inputFacts() {
        return RuleEngine.inputFacts(request, FiguresCalculator.compute(request), purpose);
    }

    /** The route the case is sent to over HTTP. */
    public String route() {
        return purpose == RuleEngine.Purpose.PRE_APPROVAL ? "/v1/pre-approval" : "/v1/advice";
    }
}

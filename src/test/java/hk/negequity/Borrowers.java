package hk.negequity;

import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Employment;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import hk.negequity.model.Scenario;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;

/** Builds requests for tests: start empty or from a typical case, then change one fact at a time. */
public final class Borrowers {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private LocalDate asOf = AS_OF;
    private Double price, valuation, currentValue;
    private Use use;
    private Boolean completed, stagePayment;
    private LocalDate agreementDate;
    private Double amount, outstanding, rate;
    private Integer tenor, paymentsMade, arrears;
    private Scheme scheme;
    private Double income, otherDebt, reserves;
    private Boolean firstTimeBuyer, salaried, bankrupt;
    private Employment employment;
    private Double priceChangePct;

    /** Nothing known. */
    public static Borrowers nothing() {
        return new Borrowers();
    }

    /** A HK$6M self-use flat, valued at price, with a loan of {@code amount} at 3.5% over 30 years. */
    public static Borrowers buyer(double amount) {
        return new Borrowers().price(6_000_000).valuation(6_000_000).use(Use.SELF_USE).completed(true)
                .amount(amount).rate(3.5).tenor(360).scheme(Scheme.STANDARD);
    }

    /** A loan whose instalment is exactly HK$1,000: HK$360,000 at 0% over 360 months. */
    public static Borrowers thousandDollarInstalment() {
        return new Borrowers().amount(360_000).rate(0).tenor(360);
    }

    public Borrowers asOf(LocalDate v) { asOf = v; return this; }
    public Borrowers price(double v) { price = v; return this; }
    public Borrowers valuation(double v) { valuation = v; return this; }
    public Borrowers currentValue(double v) { currentValue = v; return this; }
    public Borrowers use(Use v) { use = v; return this; }
    public Borrowers completed(Boolean v) { completed = v; return this; }
    public Borrowers stagePayment(boolean v) { stagePayment = v; return this; }
    public Borrowers agreementDate(LocalDate v) { agreementDate = v; return this; }
    public Borrowers amount(double v) { amount = v; return this; }
    public Borrowers outstanding(double v) { outstanding = v; return this; }
    public Borrowers rate(double v) { rate = v; return this; }
    public Borrowers tenor(int v) { tenor = v; return this; }
    public Borrowers paymentsMade(int v) { paymentsMade = v; return this; }
    public Borrowers arrears(int v) { arrears = v; return this; }
    public Borrowers scheme(Scheme v) { scheme = v; return this; }
    public Borrowers income(double v) { income = v; return this; }
    public Borrowers otherDebt(double v) { otherDebt = v; return this; }
    public Borrowers reserves(double v) { reserves = v; return this; }
    public Borrowers firstTimeBuyer(boolean v) { firstTimeBuyer = v; return this; }
    public Borrowers salaried(boolean v) { salaried = v; return this; }
    public Borrowers bankrupt(boolean v) { bankrupt = v; return this; }
    public Borrowers employment(Employment v) { employment = v; return this; }
    public Borrowers priceChangePct(double v) { priceChangePct = v; return this; }

    /** Keeps paying: no arrears, not bankrupt, employed. */
    public Borrowers payingOnTime() {
        return arrears(0).bankrupt(false).employment(Employment.EMPLOYED);
    }

    public AdviceRequest request() {
        return new AdviceRequest(asOf,
                new Property(price, valuation, currentValue, use, completed, agreementDate, stagePayment),
                new Loan(amount, outstanding, rate, tenor, paymentsMade, scheme, arrears),
                new Borrower(income, otherDebt, reserves, firstTimeBuyer, salaried, employment, bankrupt),
                new Scenario(priceChangePct));
    }
}

package hk.negequity.request;

import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Employment;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import hk.negequity.model.Scenario;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a JSON request into an {@link AdviceRequest}, or an {@link InvalidRequestException} listing every
 * bad field by path. The ranges here are about what a request can mean (a rate of 0–30%, a tenor of
 * 1–600 months), not advice thresholds, which live in the rule files.
 */
public final class RequestReader {

    /** The longest language tag read: BCP 47 tags in use are far shorter. */
    public static final int MAX_LANG_LENGTH = 35;


    /** HK$1 trillion: no flat, loan or income comes near it, and every figure stays finite. */
    static final double MAX_AMOUNT = 1e12;
    /**
     * The smallest sum other than none. Ratios divide by sums (a value, an income, the monthly outgoings), and a
     * sum of 1e-300 would carry them past any number a double holds.
     */
    static final double MIN_AMOUNT = 0.01;
    static final double MAX_RATE_PCT = 30;
    static final int MAX_TENOR_MONTHS = 600;

    /** Reads a whole request body; {@code today} fills in a missing {@code asOf}. */
    public AdviceRequest read(JsonNode root, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        AdviceRequest request = read(root, "", today, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return request;
    }

    /** Reads one request at {@code path}, adding what is wrong to {@code violations}; null if anything is. */
    AdviceRequest read(JsonNode root, String path, LocalDate today, List<Violation> violations) {
        if (root == null || !root.isObject()) {
            violations.add(new Violation(path, "must be a JSON object"));
            return null;
        }
        int before = violations.size();
        FieldReader fields = new FieldReader(root, path, violations);
        LocalDate asOf = fields.date("asOf");
        fields.text("lang", MAX_LANG_LENGTH);
        Property property = property(fields.object("property"));
        Loan loan = loan(fields.object("loan"));
        Borrower borrower = borrower(fields.object("borrower"));
        Scenario scenario = scenario(fields.object("scenario"));
        fields.rejectUnknownFields();
        if (violations.size() > before) {
            return null;
        }
        return new AdviceRequest(asOf == null ? today : asOf, property, loan, borrower, scenario);
    }

    /**
     * The request's {@code lang}, or null. Which languages exist is the rule set's affair: an unknown one
     * is answered in English, and the answer says so.
     */
    public String language(JsonNode root) {
        JsonNode lang = root == null ? null : root.get("lang");
        return lang != null && lang.isTextual() ? lang.textValue() : null;
    }

    private static Property property(FieldReader fields) {
        if (fields == null) {
            return null;
        }
        Property property = new Property(
                positiveAmount(fields, "price"),
                positiveAmount(fields, "valuation"),
                positiveAmount(fields, "currentValue"),
                fields.enumValue("use", Use.class),
                fields.bool("completed"),
                fields.date("agreementDate"),
                fields.bool("stagePayment"));
        fields.rejectUnknownFields();
        return property;
    }

    private static Loan loan(FieldReader fields) {
        if (fields == null) {
            return null;
        }
        Double amount = amount(fields, "amount");
        Double outstanding = amount(fields, "outstanding");
        Double rate = fields.number("annualRatePct", 0, MAX_RATE_PCT);
        Integer tenor = fields.integer("tenorMonths", 1, MAX_TENOR_MONTHS);
        Integer paymentsMade = fields.integer("paymentsMade", 0, MAX_TENOR_MONTHS);
        Scheme scheme = fields.enumValue("scheme", Scheme.class);
        Integer arrears = fields.integer("monthsInArrears", 0, MAX_TENOR_MONTHS);
        fields.rejectUnknownFields();
        boolean paidBeyondTerm = tenor != null && paymentsMade != null && paymentsMade > tenor;
        // A loan has tenorMonths instalments in all: those paid and those overdue are among them.
        boolean overdueBeyondTerm = !paidBeyondTerm && tenor != null && arrears != null
                && arrears + (paymentsMade == null ? 0 : paymentsMade) > tenor;
        // What says nothing is owed: the balance where it is given, else the amount drawn.
        String nothingOwed = outstanding != null ? (outstanding == 0 ? "outstanding" : null)
                : amount != null && amount == 0 ? "amount" : null;
        if (paidBeyondTerm) {
            fields.reject("paymentsMade", "must not exceed loan.tenorMonths (" + tenor + ")");
        }
        if (overdueBeyondTerm) {
            String paid = paymentsMade == null ? "" : " with loan.paymentsMade (" + paymentsMade + ")";
            fields.reject("monthsInArrears", "must not exceed loan.tenorMonths (" + tenor + ")" + paid
                    + ": a loan has no more instalments than its term");
        } else if (arrears != null && arrears > 0 && nothingOwed != null) {
            // Overdue instalments are money still owed: the answer would warn of a call on a loan with nothing owing.
            fields.reject("monthsInArrears", "must be 0 when nothing is owed (loan." + nothingOwed + " is 0): a loan "
                    + "with nothing owing has no instalments overdue");
        }
        return new Loan(amount, outstanding, rate, tenor, paymentsMade, scheme, arrears);
    }

    private static Borrower borrower(FieldReader fields) {
        if (fields == null) {
            return null;
        }
        Borrower borrower = new Borrower(
                amount(fields, "monthlyIncome"),
                amount(fields, "otherMonthlyDebt"),
                amount(fields, "liquidReserves"),
                fields.bool("firstTimeBuyer"),
                fields.bool("salaried"),
                fields.enumValue("employment", Employment.class),
                fields.bool("bankrupt"));
        fields.rejectUnknownFields();
        return borrower;
    }

    private static Scenario scenario(FieldReader fields) {
        if (fields == null) {
            return null;
        }
        Scenario scenario = new Scenario(fields.number("priceChangePct", -100, 1000));
        fields.rejectUnknownFields();
        return scenario;
    }

    /**
     * A sum of money: none, or a cent or more. Read to a millionth of a dollar, as the limits it is held against are
     * kept: a client that works out 80% of a price in binary sends 11999999.200000001 for HK$11,999,999.20, and
     * that noise must not break a limit the loan only reaches (nor the bounds of what is read).
     */
    private static Double amount(FieldReader fields, String name) {
        Double value = fields.money(name, MAX_AMOUNT);
        if (value != null && value > 0 && value < MIN_AMOUNT) {
            fields.reject(name, "must be 0 or at least 0.01 (a cent)");
            return null;
        }
        return value;
    }

    /** A property value, read as any sum: a flat worth nothing is a mistake, and ratios divide by it. */
    private static Double positiveAmount(FieldReader fields, String name) {
        Double value = fields.money(name, MAX_AMOUNT);
        if (value != null && value < MIN_AMOUNT) {
            fields.reject(name, value == 0 ? "must be more than 0" : "must be at least 0.01 (a cent)");
            return null;
        }
        return value;
    }
}

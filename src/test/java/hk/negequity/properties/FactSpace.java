package hk.negequity.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hk.negequity.model.AdviceRequest;
import hk.negequity.request.InvalidRequestException;
import hk.negequity.request.RequestReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Valid requests drawn from the whole space the API accepts: every fact present or absent, values spread over
 * their ranges and crowded around the thresholds the rules and tables turn on. Each is written as the JSON a
 * client sends and read back through the service's own {@link RequestReader}, so a case the service would
 * refuse is a bug of this generator, not a case.
 */
public final class FactSpace {

    /** The date the generated requests are "today" when they give no asOf. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final RequestReader READER = new RequestReader();
    /** The largest amount the API accepts. */
    static final double MAX_AMOUNT = 1e12;
    /** The smallest sum other than none the API accepts. */
    static final double MIN_AMOUNT = 0.01;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Prices at and around every band edge of the HKMA and mortgage-insurance tables. */
    private static final double[] PRICES = {1, 500_000, 3_000_000, 4_800_000, 6_000_000, 9_999_999, 10_000_000,
            10_000_001, 11_250_000, 15_000_000, 15_000_001, 16_000_000, 17_500_000, 25_000_000, 30_000_000,
            30_000_001, 36_000_000, 36_000_001, 50_000_000, 1e9, 1e12};
    /** LTVs at and around 50, 60, 70, 80, 90 and 100%. */
    private static final double[] LTVS = {0, 1, 40, 49.99, 50, 50.01, 59.99, 60, 60.01, 69.99, 70, 70.0001, 75,
            79.99, 80, 80.0001, 80.01, 85, 89.99, 90, 90.01, 95, 100, 110, 150};
    /** Dates of every regime and table change, a day either side, and a few far ones. */
    private static final List<String> DATES = List.of("1900-01-01", "2010-08-13", "2019-10-15", "2019-10-16",
            "2021-01-01", "2022-02-22", "2022-02-23", "2023-07-06", "2023-07-07", "2023-12-31", "2024-02-27",
            "2024-02-28", "2024-06-14", "2024-10-15", "2024-10-16", "2024-12-04", "2026-11-28", "2100-12-31");

    private final Random random;

    public FactSpace(long seed) {
        this.random = new Random(seed);
    }

    /** One case: its JSON and the request the service reads from it. */
    public record Case(ObjectNode json, AdviceRequest request) {

        /** The same case with one fact replaced: {@code part.field}. */
        Case with(String part, String field, JsonNode value) {
            ObjectNode copy = json.deepCopy();
            ObjectNode holder = copy.has(part) ? (ObjectNode) copy.get(part) : copy.putObject(part);
            holder.set(field, value);
            return read(copy);
        }

        @Override
        public String toString() {
            return json.toString();
        }
    }

    static Case read(ObjectNode json) {
        try {
            return new Case(json, READER.read(json, TODAY));
        } catch (InvalidRequestException e) {
            throw new AssertionError("the generator made a request the service refuses, " + e.violations() + ": "
                    + json, e);
        }
    }

    public Case next() {
        ObjectNode root = NODES.objectNode();
        if (chance(3)) {
            root.put("asOf", pick(DATES));
        }
        double price = random.nextInt(3) == 0 ? 1 + random.nextDouble() * 80_000_000 : pick(PRICES);
        ObjectNode property = root.putObject("property");
        maybeSum(property, "price", price);
        maybeSum(property, "valuation", Math.min(MAX_AMOUNT, price * (0.8 + random.nextDouble() * 0.3)));
        maybeSum(property, "currentValue", Math.min(MAX_AMOUNT, price * (0.4 + random.nextDouble() * 1.0)));
        if (chance(7)) {
            property.put("use", random.nextBoolean() ? "SELF_USE" : "NON_SELF_USE");
        }
        maybeBoolean(property, "completed");
        maybeBoolean(property, "stagePayment");
        if (chance(7)) {
            property.put("agreementDate", pick(DATES));
        }
        ObjectNode loan = root.putObject("loan");
        double amount = Math.min(MAX_AMOUNT, price * pick(LTVS) / 100);
        maybeSum(loan, "amount", amount);
        maybeSum(loan, "outstanding", Math.min(MAX_AMOUNT, amount * random.nextDouble() * 1.2));
        maybe(loan, "annualRatePct", random.nextInt(5) == 0 ? pick(List.of(0.0, 0.01, 30.0)) : random.nextDouble() * 9);
        int tenor = random.nextInt(3) == 0 ? 1 + random.nextInt(600) : pick(List.of(1, 120, 300, 360, 361, 480, 600));
        if (chance(7)) {
            loan.put("tenorMonths", tenor);
            if (chance(5)) {
                loan.put("paymentsMade", random.nextInt(4) == 0 ? pick(List.of(0, tenor)).intValue() : random.nextInt(tenor + 1));
            }
        } else if (chance(3)) {
            loan.put("paymentsMade", 0);
        }
        if (chance(7)) {
            loan.put("scheme", pick(List.of("STANDARD", "MORTGAGE_INSURANCE", "STAFF_LOAN")));
        }
        if (chance(7)) {
            int arrears = random.nextInt(3) == 0 ? 0 : pick(List.of(1, 2, 3, 4, 5, 12, 600)).intValue();
            // Paid and overdue instalments are among the term's: more is refused as impossible.
            if (loan.has("tenorMonths")) {
                arrears = Math.min(arrears, loan.get("tenorMonths").asInt() - loan.path("paymentsMade").asInt(0));
            }
            // A loan with nothing owing has nothing overdue: arrears on it are refused as impossible.
            if (loan.has("outstanding") ? loan.get("outstanding").asDouble() == 0
                    : loan.has("amount") && loan.get("amount").asDouble() == 0) {
                arrears = 0;
            }
            loan.put("monthsInArrears", arrears);
        }
        ObjectNode borrower = root.putObject("borrower");
        maybeSum(borrower, "monthlyIncome", random.nextInt(6) == 0 ? 0 : random.nextDouble() * 300_000);
        maybeSum(borrower, "otherMonthlyDebt", random.nextInt(4) == 0 ? 0 : random.nextDouble() * 30_000);
        maybeSum(borrower, "liquidReserves", random.nextInt(6) == 0 ? 0 : random.nextDouble() * 2_000_000);
        maybeBoolean(borrower, "firstTimeBuyer");
        maybeBoolean(borrower, "salaried");
        maybeBoolean(borrower, "bankrupt");
        if (chance(7)) {
            borrower.put("employment", pick(List.of("EMPLOYED", "SELF_EMPLOYED", "UNEMPLOYED")));
        }
        if (chance(5)) {
            root.putObject("scenario").put("priceChangePct", random.nextInt(5) == 0
                    ? pick(List.of(-100.0, 0.0, 1000.0)).doubleValue() : -60 + random.nextDouble() * 100);
        }
        return read(root);
    }

    private void maybe(ObjectNode node, String field, double value) {
        if (chance(7)) {
            node.put(field, value);
        }
    }

    /** A sum of money: none, or a cent or more, as the API takes them. */
    private void maybeSum(ObjectNode node, String field, double value) {
        maybe(node, field, value > 0 && value < MIN_AMOUNT ? MIN_AMOUNT : value);
    }

    private void maybeBoolean(ObjectNode node, String field) {
        if (chance(7)) {
            node.put(field, random.nextBoolean());
        }
    }

    /** True {@code inTen} times out of ten. */
    private boolean chance(int inTen) {
        return random.nextInt(10) < inTen;
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    Random random() {
        return random;
    }
}

package hk.negequity;

import hk.negequity.model.Employment;
import hk.negequity.model.Scheme;
import hk.negequity.model.Use;
import java.time.LocalDate;
import java.util.Random;

/**
 * Random but valid borrowers, each fact present or absent, with values drawn around the thresholds the
 * rules care about (80% and 90% LTV, band edges, six months, regime dates).
 */
public final class RandomBorrowers {

    private static final double[] VALUES = {3_000_000, 6_000_000, 9_999_999, 10_000_000, 11_250_000, 15_000_000,
            16_000_000, 17_150_000, 17_500_000, 25_000_000, 30_000_000, 30_000_001, 36_000_000, 50_000_000};
    private static final double[] LTVS = {0, 50, 60, 70, 70.0001, 79.99, 80, 80.01, 85, 89.99, 90, 90.01, 95, 100, 110};
    private static final String[] DATES = {"2019-01-01", "2021-06-30", "2023-07-06", "2023-07-07", "2023-09-22",
            "2024-02-27", "2024-02-28", "2024-10-15", "2024-10-16", "2024-12-04", "2026-11-20"};

    private final Random random;

    public RandomBorrowers(long seed) {
        this.random = new Random(seed);
    }

    public Borrowers next() {
        Borrowers b = Borrowers.nothing();
        double value = pick(VALUES);
        if (chance()) {
            b.price(value);
        }
        if (chance()) {
            b.valuation(value * (0.9 + random.nextDouble() * 0.2));
        }
        if (chance()) {
            b.currentValue(value * (0.6 + random.nextDouble() * 0.6));
        }
        if (chance()) {
            b.use(random.nextBoolean() ? Use.SELF_USE : Use.NON_SELF_USE);
        }
        if (chance()) {
            b.completed(random.nextBoolean());
        }
        if (chance()) {
            b.stagePayment(random.nextBoolean());
        }
        if (chance()) {
            b.agreementDate(LocalDate.parse(DATES[random.nextInt(DATES.length)]));
        }
        if (chance()) {
            b.amount(value * pick(LTVS) / 100);
        }
        if (chance()) {
            b.outstanding(value * random.nextDouble() * 1.1);
        }
        if (chance()) {
            b.rate(random.nextInt(4) == 0 ? 0 : Math.round(random.nextDouble() * 800) / 100.0);
        }
        if (chance()) {
            b.tenor(random.nextBoolean() ? 360 : 1 + random.nextInt(600));
        }
        if (chance()) {
            b.scheme(Scheme.values()[random.nextInt(3)]);
        }
        if (chance()) {
            b.arrears(random.nextInt(3) == 0 ? 0 : random.nextInt(8));
        }
        if (chance()) {
            b.income(random.nextInt(5) == 0 ? 0 : 10_000 + random.nextInt(200_000));
        }
        if (chance()) {
            b.otherDebt(random.nextInt(20_000));
        }
        if (chance()) {
            b.reserves(random.nextInt(500_000));
        }
        if (chance()) {
            b.firstTimeBuyer(random.nextBoolean());
        }
        if (chance()) {
            b.salaried(random.nextBoolean());
        }
        if (chance()) {
            b.employment(Employment.values()[random.nextInt(3)]);
        }
        if (chance()) {
            b.bankrupt(random.nextInt(5) == 0);
        }
        if (chance()) {
            b.priceChangePct(-50 + random.nextInt(70));
        }
        if (random.nextInt(4) == 0) {
            b.asOf(LocalDate.parse(DATES[random.nextInt(DATES.length)]));
        }
        return b;
    }

    private boolean chance() {
        return random.nextInt(10) < 7;
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }
}

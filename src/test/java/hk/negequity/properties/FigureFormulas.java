package hk.negequity.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import hk.negequity.figures.Figures;
import hk.negequity.model.AdviceRequest;
import hk.negequity.model.Borrower;
import hk.negequity.model.Loan;
import hk.negequity.model.Property;
import java.lang.reflect.RecordComponent;

/**
 * The facts file's formulas (section 2), written again here independently of the service's own code: the
 * level payment by {@code Math.pow}, the balance by stepping through the schedule month by month.
 */
final class FigureFormulas {

    private FigureFormulas() {
    }

    static void check(AdviceRequest request, Figures f) {
        for (RecordComponent component : Figures.class.getRecordComponents()) {
            Object value = read(component, f);
            if (value != null) {
                assertThat(Double.isFinite((Double) value)).as("%s = %s is finite", component.getName(), value).isTrue();
            }
        }
        Property property = request.property();
        Loan loan = request.loan();
        Borrower borrower = request.borrower();
        Double base = property.price();
        if (base == null || (property.valuation() != null && property.valuation() < base)) {
            base = property.valuation();
        }
        assertThat(f.lendingBase()).isEqualTo(base);
        if (base != null && loan.amount() != null) {
            close(f.ltvPct(), loan.amount() / base * 100, "ltvPct");
        }
        Double payment = null;
        if (loan.amount() != null && loan.annualRatePct() != null && loan.tenorMonths() != null) {
            payment = payment(loan.amount(), loan.annualRatePct(), loan.tenorMonths());
        } else if (loan.amount() == null && loan.outstanding() != null && loan.annualRatePct() != null
                && loan.tenorMonths() != null && loan.paymentsMade() != null
                && loan.paymentsMade() < loan.tenorMonths()) {
            // Without the amount drawn, the balance given is repaid over the months left.
            payment = payment(loan.outstanding(), loan.annualRatePct(), loan.tenorMonths() - loan.paymentsMade());
        }
        Double outstanding = null;
        if (loan.outstanding() != null) {
            outstanding = loan.outstanding();
        } else if (loan.paymentsMade() != null && loan.paymentsMade() > 0
                && loan.paymentsMade().equals(loan.tenorMonths())) {
            // The whole term paid: the schedule's balance B_n is 0 at any rate, on any amount.
            outstanding = 0.0;
        } else if (loan.amount() != null && (loan.paymentsMade() == null || loan.paymentsMade() == 0)) {
            outstanding = loan.amount();
        } else if (loan.amount() != null && payment != null) {
            outstanding = loan.paymentsMade().equals(loan.tenorMonths()) ? 0
                    : balance(loan.amount(), loan.annualRatePct(), payment, loan.paymentsMade());
        }
        // Once instalments have been paid and nothing is owed, none is left to pay, whatever the rate.
        boolean repaid = outstanding != null && outstanding == 0 && loan.paymentsMade() != null
                && loan.paymentsMade() > 0;
        if (payment == null && !repaid) {
            assertThat(f.monthlyPayment()).isNull();
        } else {
            double due = repaid ? 0 : payment;
            close(f.monthlyPayment(), due, "monthlyPayment");
            close(f.monthlyOutgoings(), due + (borrower.otherMonthlyDebt() == null ? 0 : borrower.otherMonthlyDebt()),
                    "monthlyOutgoings");
        }
        if (outstanding == null) {
            assertThat(f.outstanding()).isNull();
        } else {
            double scale = loan.amount() == null ? outstanding : Math.max(outstanding, loan.amount());
            assertThat(f.outstanding()).as("outstanding").isCloseTo(outstanding, within(1e-6 * scale + 0.01));
        }
        if (f.outstanding() != null && property.currentValue() != null) {
            // Derived amounts are kept to a millionth of a dollar (Decimals): half of that either way is no error.
            close(f.equity(), property.currentValue() - f.outstanding(), "equity", 5e-7);
            close(f.headroomPct(), (1 - f.outstanding() / property.currentValue()) * 100, "headroomPct");
        }
        if (f.monthlyOutgoings() != null && f.monthlyOutgoings() > 0 && borrower.liquidReserves() != null) {
            close(f.reserveMonths(), borrower.liquidReserves() / f.monthlyOutgoings(), "reserveMonths");
        }
        if (f.monthlyOutgoings() != null && borrower.monthlyIncome() != null && borrower.monthlyIncome() > 0) {
            close(f.dsrPct(), f.monthlyOutgoings() / borrower.monthlyIncome() * 100, "dsrPct");
        }
    }

    /** {@code M = P·i / (1 − (1+i)^−n)}, or P/n at no interest. */
    private static double payment(double principal, double annualRatePct, int months) {
        double i = annualRatePct / 100 / 12;
        return i == 0 ? principal / months : principal * i / (1 - Math.pow(1 + i, -months));
    }

    /** The schedule stepped through: each month the balance earns interest and the payment comes off. */
    private static double balance(double principal, double annualRatePct, double payment, int paid) {
        double i = annualRatePct / 100 / 12;
        double balance = principal;
        for (int month = 0; month < paid; month++) {
            balance = balance * (1 + i) - payment;
        }
        return Math.max(0, balance);
    }

    private static void close(Double actual, double expected, String name) {
        close(actual, expected, name, 1e-9);
    }

    private static void close(Double actual, double expected, String name, double absolute) {
        assertThat(actual).as(name).isNotNull();
        assertThat(actual).as(name).isCloseTo(expected, within(Math.abs(expected) * 1e-9 + absolute));
    }

    private static Object read(RecordComponent component, Figures f) {
        try {
            return component.getAccessor().invoke(f);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

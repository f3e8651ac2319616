package hk.negequity.figures;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.model.AdviceRequest;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What to ask for when a figure cannot be computed agrees with what the figures are computed from. */
class FigureInputsTest {

    /** Figures that divide: a divisor of 0 (no instalment, no income) leaves them out with nothing missing. */
    private static final Set<String> DIVIDING = Set.of("reserveMonths", "dsrPct");

    /**
     * Every combination of the loan's and the flat's facts given or not (paymentsMade none, some, or the whole
     * term; a balance owed or 0): a figure is missing inputs exactly when it cannot be computed.
     */
    @Test
    void aFigureLacksInputsExactlyWhenItCannotBeComputed() {
        int checked = 0;
        for (AdviceRequest request : everyCombination()) {
            Figures figures = FiguresCalculator.compute(request);
            for (RecordComponent component : Figures.class.getRecordComponents()) {
                String figure = component.getName();
                boolean computed = read(component, figures) != null;
                Set<String> missing = FigureInputs.missingFor(figure, request);
                if (!missing.isEmpty()) {
                    assertThat(computed).as("%s lacks %s yet was computed for %s", figure, missing, request).isFalse();
                } else if (!DIVIDING.contains(figure)) {
                    assertThat(computed).as("%s lacks nothing yet was not computed for %s", figure, request).isTrue();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void aBalanceTheScheduleCannotWorkOutIsAskedForBesideWhatTheScheduleLacks() {
        // Instalments paid, the term not given: the balance itself decides the equity as well as the term would.
        AdviceRequest noTerm = Borrowers.nothing().currentValue(4_000_000).amount(5_000_000).rate(3.5).paymentsMade(12)
                .request();
        AdviceRequest noRate = Borrowers.nothing().currentValue(4_000_000).amount(5_000_000).tenor(360).paymentsMade(12)
                .request();

        assertThat(FigureInputs.missingFor("equity", noTerm)).containsExactlyInAnyOrder("loan.outstanding",
                "loan.tenorMonths");
        assertThat(FigureInputs.missingFor("equity", noRate)).containsExactlyInAnyOrder("loan.outstanding",
                "loan.annualRatePct");
    }

    @Test
    void whereEitherOfSeveralFactsWouldDoEachIsListed() {
        AdviceRequest noValue = Borrowers.nothing().amount(5_400_000).priceChangePct(-15).request();
        AdviceRequest owner = Borrowers.nothing().paymentsMade(12).rate(3.5).tenor(360).request();

        assertThat(FigureInputs.missingFor("scenarioValue", noValue)).containsExactlyInAnyOrder(
                "property.currentValue", "property.price", "property.valuation");
        assertThat(FigureInputs.missingFor("monthlyPayment", owner)).containsExactlyInAnyOrder("loan.amount",
                "loan.outstanding");
        assertThat(FigureInputs.missingFor("monthlyPayment", Borrowers.nothing().rate(3.5).tenor(360).request()))
                .as("no instalment paid given: only the amount prices the whole term").containsExactly("loan.amount");
    }

    @Test
    void aLoanWhoseWholeTermIsPaidLacksNothingForItsBalance() {
        AdviceRequest repaid = Borrowers.nothing().currentValue(4_000_000).tenor(360).paymentsMade(360).request();

        assertThat(FigureInputs.missingFor("outstanding", repaid)).isEmpty();
        assertThat(FigureInputs.missingFor("equity", repaid)).isEmpty();
        assertThat(FigureInputs.missingFor("monthlyPayment", repaid)).as("no instalment left").isEmpty();
    }

    private static List<AdviceRequest> everyCombination() {
        List<AdviceRequest> requests = new ArrayList<>();
        for (int given = 0; given < 1 << 7; given++) {
            for (int paid : new int[] {-1, 0, 12, 240}) {
              for (double owed : new double[] {4_500_000, 0}) {
                Borrowers b = Borrowers.nothing();
                if ((given & 1) != 0) {
                    b.price(6_000_000);
                }
                if ((given & 2) != 0) {
                    b.valuation(5_900_000);
                }
                if ((given & 4) != 0) {
                    b.currentValue(4_000_000);
                }
                if ((given & 8) != 0) {
                    b.amount(4_800_000);
                }
                if ((given & 16) != 0) {
                    b.outstanding(owed);
                }
                if ((given & 32) != 0) {
                    b.rate(3.5);
                }
                if ((given & 64) != 0) {
                    b.tenor(240);
                }
                if (paid >= 0) {
                    b.paymentsMade(paid);
                }
                requests.add(b.income(60_000).reserves(100_000).priceChangePct(-10).request());
              }
            }
        }
        return requests;
    }

    private static Object read(RecordComponent component, Figures figures) {
        try {
            return component.getAccessor().invoke(figures);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

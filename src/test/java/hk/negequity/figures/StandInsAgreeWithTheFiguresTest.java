package hk.negequity.figures;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.figures.StandIns.Way;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link StandIns} says of each figure holds for {@link FiguresCalculator}: giving a fact a figure stands in
 * for moves that figure only the way it says, and giving a fact that another figure of the request stands in for,
 * but not this one, leaves it where it was. (A balance given to a buyer, whose balance is the amount, moves figures
 * no stand-in names: that is the buyer's own balance, not a stand-in.)
 */
class StandInsAgreeWithTheFiguresTest {

    /** Requests with stand-ins, made afresh for each value tried. */
    private static final Map<String, Supplier<Borrowers>> CASES = Map.of(
            "the price alone", () -> Borrowers.nothing().price(6_000_000).amount(4_800_000).rate(3.5).tenor(360)
                    .priceChangePct(-10),
            "the valuation alone", () -> Borrowers.nothing().valuation(6_000_000).amount(4_800_000).rate(3.5)
                    .tenor(360).priceChangePct(-10),
            "arrears without a balance", () -> Borrowers.buyer(5_000_000).currentValue(5_500_000).arrears(2)
                    .priceChangePct(-10));

    /** The facts a stand-in waits for, with values to give them. */
    private static final Map<String, List<Double>> VALUES = Map.of(
            "property.price", List.of(1_000_000.0, 5_900_000.0, 6_000_000.0, 9_000_000.0),
            "property.valuation", List.of(1_000_000.0, 5_900_000.0, 6_000_000.0, 9_000_000.0),
            "property.currentValue", List.of(1_000_000.0, 9_000_000.0),
            "loan.outstanding", List.of(1_000_000.0, 9_000_000.0),
            "loan.paymentsMade", List.of(1.0, 100.0, 359.0));

    private static final Map<String, BiConsumer<Borrowers, Double>> GIVE = Map.of(
            "property.price", Borrowers::price,
            "property.valuation", Borrowers::valuation,
            "property.currentValue", Borrowers::currentValue,
            "loan.outstanding", Borrowers::outstanding,
            "loan.paymentsMade", (b, v) -> b.paymentsMade(v.intValue()));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the price alone", "the valuation alone", "arrears without a balance"})
    void eachFactMovesEachFigureOnlyTheWayItsStandInSays(String name) throws Exception {
        Figures before = FiguresCalculator.compute(CASES.get(name).get().request());
        java.util.Set<String> standingIn = new java.util.HashSet<>();
        for (RecordComponent figure : Figures.class.getRecordComponents()) {
            StandIns.StandIn standIn = StandIns.of(figure.getName(), CASES.get(name).get().request());
            if (standIn != null) {
                standingIn.addAll(standIn.notGiven());
            }
        }
        int checked = 0;
        for (RecordComponent figure : Figures.class.getRecordComponents()) {
            Double was = (Double) figure.getAccessor().invoke(before);
            StandIns.StandIn standIn = StandIns.of(figure.getName(), CASES.get(name).get().request());
            for (String fact : VALUES.keySet()) {
                if (was == null || !standingIn.contains(fact)) {
                    continue;
                }
                Way way = standIn == null ? null : standIn.ways().get(fact);
                boolean moved = false;
                for (double value : VALUES.get(fact)) {
                    Borrowers given = CASES.get(name).get();
                    GIVE.get(fact).accept(given, value);
                    Double now = (Double) figure.getAccessor().invoke(FiguresCalculator.compute(given.request()));
                    String what = figure.getName() + " given " + fact + " " + value;
                    if (way == null) {
                        assertThat(now).as(what + ": not a fact it stands in for").isEqualTo(was);
                    } else if (way == Way.UP) {
                        assertThat(now).as(what).isGreaterThanOrEqualTo(was);
                    } else if (way == Way.DOWN) {
                        assertThat(now).as(what).isLessThanOrEqualTo(was);
                    }
                    moved |= !now.equals(was);
                    checked++;
                }
                // A fact said to move the figure does, for some value: no stand-in is claimed for nothing.
                assertThat(moved || way == null).as(figure.getName() + " with " + fact).isTrue();
            }
        }
        assertThat(checked).isGreaterThan(20);
    }
}

package hk.negequity.explain;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the borrower's facts a request gives, as the bits the explainer tests a rule's inputs against. */
class InputPathsTest {

    @Test
    void aRuleWhoseInputsAreAllGivenIsCoveredByTheRequestsBits() {
        long given = InputPaths.givenBits(Borrowers.nothing().price(6_000_000).amount(4_200_000).request());

        assertThat(InputPaths.bitsOf(List.of("property.price", "loan.amount")) & ~given).isZero();
    }

    @Test
    void aRuleWithAnInputNotGivenIsNotCovered() {
        long given = InputPaths.givenBits(Borrowers.nothing().price(6_000_000).request());

        assertThat(InputPaths.bitsOf(List.of("property.price", "loan.amount")) & ~given).isNotZero();
    }

    @Test
    void aRequestWithNothingGivesNoBits() {
        assertThat(InputPaths.givenBits(Borrowers.nothing().request())).isZero();
    }

    @Test
    void eachPathHasABitOfItsOwn() {
        long all = 0;
        for (String path : InputPaths.all()) {
            long bit = InputPaths.bitsOf(List.of(path));
            assertThat(Long.bitCount(bit)).as(path).isEqualTo(1);
            assertThat(all & bit).as(path).isZero();
            all |= bit;
        }
    }

    @Test
    void aPathNoRequestGivesIsNeverCovered() {
        long everything = 0;
        for (String path : InputPaths.all()) {
            everything |= InputPaths.bitsOf(List.of(path));
        }

        assertThat(InputPaths.bitsOf(List.of("figures.ltvPct")) & ~everything).isNotZero();
    }
}

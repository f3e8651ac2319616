package hk.negequity.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * A number whose exponent is 2³¹ reaches the reading only on a JDK whose parser takes it (later than 17): it is
 * refused there as the parser of Java 17 refuses it, so the answer does not depend on the JDK.
 */
class NumberReadingTest {

    private static final BigDecimal EXPONENT_OF_TWO_TO_THE_31 = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE);

    @Test
    void anAmountWithAnExponentOfTwoToThe31IsRefusedForItsExponentWithoutRepeatingIt() {
        Reading<Double> read = NumberReading.number(EXPONENT_OF_TWO_TO_THE_31, 0, 1e12, true);

        assertThat(read.value()).isNull();
        assertThat(read.problem()).isEqualTo("the number's exponent is out of range");
    }

    @Test
    void aWholeNumberWithAnExponentOfTwoToThe31IsRefusedForItsExponent() {
        Reading<Integer> read = NumberReading.whole(EXPONENT_OF_TWO_TO_THE_31, 1, 600);

        assertThat(read.problem()).isEqualTo("the number's exponent is out of range");
    }

    @Test
    void anExponentOneSmallerIsReadAgainstTheRangeAsAnyOtherNumber() {
        BigDecimal justInside = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1);

        assertThat(NumberReading.number(justInside, 0, 1e12, true).problem())
                .isEqualTo("must be at most 1000000000000, not 1E+2147483647");
    }
}

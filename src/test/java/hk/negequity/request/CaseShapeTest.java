package hk.negequity.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch's cases that give the same fields share a shape, whatever their values or the fields' order. */
class CaseShapeTest {

    private static List<CaseBody> cases(String array) {
        return new BatchBodies().parse(array.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void casesGivingTheSameFieldsShareAShapeWhateverTheirValuesAndOrder() {
        List<CaseBody> cases = cases("""
                [ {"loan": {"amount": 4200000, "tenorMonths": 360}, "borrower": {"liquidReserves": 150000}},
                  {"borrower": {"liquidReserves": 1}, "loan": {"tenorMonths": 240, "amount": 5400000}} ]""");

        assertThat(cases.get(0).shape()).isEqualTo(cases.get(1).shape()).isNotZero();
    }

    @Test
    void casesGivingOtherFieldsHaveOtherShapes() {
        List<CaseBody> cases = cases("""
                [ {"loan": {"amount": 4200000}},
                  {"loan": {"amount": 4200000, "tenorMonths": 360}},
                  {"property": {"amount": 4200000}},
                  {"loan": {"amount": 4200000}, "amount": 1},
                  {} ]""");

        assertThat(cases).extracting(CaseBody::shape).doesNotHaveDuplicates();
    }

    @Test
    void aCaseThatIsNoObjectHasTheShapeOfNone() {
        List<CaseBody> cases = cases("[ 1, \"text\", [], {} ]");

        assertThat(cases).extracting(CaseBody::shape).containsOnly(0L);
    }
}

package hk.negequity.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hk.negequity.BundledRuleSet;
import hk.negequity.engine.RuleEngine;
import hk.negequity.request.BatchBodies;
import hk.negequity.request.RequestReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A batch judges alike cases one after another, not in the order they came: whatever that order, each case's
 * result stands at its own index and is the answer that case gets on its own.
 */
class BatchOrderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    /** Three kinds of case that give different facts, a case that cannot be read, and one in Chinese. */
    private static final List<String> KINDS = List.of("""
            {"asOf": "2026-11-28", "property": {"price": 6000000, "valuation": 6000000, "use": "SELF_USE",
              "completed": true, "agreementDate": "2026-11-20"}, "loan": {"amount": %d, "annualRatePct": 3.25,
              "tenorMonths": 360, "scheme": "STANDARD"}, "borrower": {"monthlyIncome": 60000,
              "liquidReserves": 150000, "employment": "EMPLOYED"}}""", """
            {"asOf": "2026-11-28", "property": {"price": 6000000, "valuation": 6000000, "currentValue": 4900000},
              "loan": {"amount": %d, "outstanding": 5150000, "annualRatePct": 3.5, "tenorMonths": 360,
              "paymentsMade": 48, "scheme": "STAFF_LOAN", "monthsInArrears": 2},
              "borrower": {"monthlyIncome": 30000, "liquidReserves": 20000, "employment": "UNEMPLOYED"}}""", """
            {"loan": {"amount": %d, "tenorMonths": -1}}""", """
            {"asOf": "2026-11-28", "lang": "zh-HK", "property": {"price": 6000000, "valuation": 6000000},
              "loan": {"amount": %d, "annualRatePct": 3.25, "tenorMonths": 360, "scheme": "MORTGAGE_INSURANCE"},
              "borrower": {"firstTimeBuyer": true, "salaried": true}}""");

    private final Advisor advisor = Advisor.over(BundledRuleSet::get, new RuleEngine());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eachResultOfAnInterleavedBatchIsItsOwnCasesAnswerAtItsOwnIndex() throws Exception {
        // Given cases of four kinds in turn, every loan a different amount
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(KINDS.get(i % KINDS.size()).formatted(5_400_000 - i * 1_000));
        }
        byte[] body = ("[" + String.join(",", cases) + "]").getBytes(StandardCharsets.UTF_8);

        // When they are judged as one batch
        Batch.Answer<PreApprovalAnswer> answer = advisor.preApprovalBatch()
                .run(new BatchBodies().parse(body), TODAY, Languages.Asked.NOTHING, false, "/batch");

        // Then each result is at its index, with the answer its case gets alone
        assertThat(answer.results()).extracting(Batch.Result::index)
                .containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
        RequestReader reader = new RequestReader();
        for (int i = 0; i < cases.size(); i++) {
            Batch.Result<PreApprovalAnswer> result = answer.results().get(i);
            if (i % KINDS.size() == 2) {
                assertThat(result.status()).as("case %d", i).isEqualTo(400);
                assertThat(result.problem().instance()).isEqualTo("/batch#" + i);
                continue;
            }
            JsonNode node = json.readTree(cases.get(i));
            String language = Languages.choose(reader.language(node), Languages.Asked.NOTHING,
                    BundledRuleSet.get().catalogues().keySet());
            PreApprovalAnswer alone = advisor.preApproval().preApprove(reader.read(node, TODAY),
                    new Presentation(language, false));
            assertThat(result.status()).as("case %d", i).isEqualTo(200);
            assertThat(written(result.answer())).as("case %d", i).isEqualTo(written(alone));
        }
        assertThat(answer.summary()).containsEntry("INVALID", 10);
    }

    @Test
    void aCaseTheBatchCannotReadIsThatCasesProblemWhereverItStands() {
        // Given a batch whose first and last cases cannot be read, between two kinds of readable case
        List<String> cases = List.of(KINDS.get(2).formatted(1), KINDS.get(0).formatted(4_200_000),
                KINDS.get(1).formatted(5_400_000), KINDS.get(0).formatted(4_100_000), "[]");
        byte[] body = ("[" + String.join(",", cases) + "]").getBytes(StandardCharsets.UTF_8);

        // When they are judged
        Batch.Answer<PreApprovalAnswer> answer = advisor.preApprovalBatch()
                .run(new BatchBodies().parse(body), TODAY, Languages.Asked.NOTHING, false, "/batch");

        // Then the problems stand where their cases stood, the answers where theirs did
        assertThat(answer.results()).extracting(Batch.Result::status).containsExactly(400, 200, 200, 200, 400);
        assertThat(answer.results().get(1).answer().figures().ltvPct()).isCloseTo(70.0, within(1e-9));
        assertThat(answer.results().get(3).answer().figures().ltvPct()).isCloseTo(4_100_000 / 60_000.0, within(1e-9));
    }

    private static String written(Object answer) {
        return new String(AnswerJson.bytes(answer), StandardCharsets.UTF_8);
    }
}

package hk.negequity.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import hk.negequity.BundledRuleSet;
import hk.negequity.engine.RuleEngine;
import hk.negequity.request.BatchBodies;
import hk.negequity.request.CaseBody;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch whose answers are written as JSON as soon as each is made (what the endpoint does, to keep memory
 * low) writes the same bytes as one written whole at the end: answers, problems, order and summary.
 */
class BatchWrittenAsMadeTest {

    private static final String CASES = """
            [ {"asOf": "2026-11-28", "property": {"price": 6000000, "valuation": 6000000, "use": "SELF_USE",
                "completed": true, "agreementDate": "2026-11-20"}, "loan": {"amount": 4200000, "annualRatePct": 3.25,
                "tenorMonths": 360, "scheme": "STANDARD"}, "borrower": {"monthlyIncome": 60000,
                "liquidReserves": 150000, "employment": "EMPLOYED"}},
              {"loan": {"amount": -1}},
              {"asOf": "2026-11-28", "lang": "zh-HK", "property": {"price": 6000000, "valuation": 6000000,
                "use": "SELF_USE", "completed": true, "agreementDate": "2026-11-20"}, "loan": {"amount": 5400000,
                "annualRatePct": 3.25, "tenorMonths": 360, "scheme": "MORTGAGE_INSURANCE"},
                "borrower": {"monthlyIncome": 60000, "liquidReserves": 150000}},
              {"asOf": "2026-11-28", "property": {"price": 6000000, "valuation": 6000000, "use": "SELF_USE",
                "completed": true, "agreementDate": "2026-11-20"}, "loan": {"amount": 5800000, "annualRatePct": 3.25,
                "tenorMonths": 360, "scheme": "STANDARD"}, "borrower": {"monthlyIncome": 30000}} ]""";

    private final Advisor advisor = Advisor.over(BundledRuleSet::get, new RuleEngine());

    @Test
    void answersWrittenAsTheyAreMadeReadTheSameAsAnswersWrittenAtTheEnd() throws Exception {
        List<CaseBody> cases = new BatchBodies().parse(CASES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        LocalDate today = LocalDate.of(2026, 11, 28);

        Batch.Answer<PreApprovalAnswer> whole = advisor.preApprovalBatch()
                .run(cases, today, Languages.Asked.NOTHING, true, "/batch");
        Batch.Answer<RawJson> asMade = advisor.preApprovalBatch()
                .run(cases, today, Languages.Asked.NOTHING, true, "/batch", RawJson::of);

        assertThat(new String(AnswerJson.bytes(asMade), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(AnswerJson.bytes(whole), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(asMade.summary()).isEqualTo(whole.summary()).containsEntry("INVALID", 1);
        // What a case counts as in the summary is the summary's business, not written with each result.
        assertThat(new String(AnswerJson.bytes(asMade), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("\"outcome\"");
        assertThat(asMade.summary().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
    }

    @Test
    void anAnswerWrittenAsAStringIsItsTextEscaped() throws Exception {
        RawJson raw = RawJson.of(java.util.Map.of("message", "樓價 \"跌\" 10%"));
        ObjectMapper mapper = new ObjectMapper();

        String asString = mapper.writeValueAsString(java.util.Map.of("answer", raw.getValue()));
        var generated = new java.io.ByteArrayOutputStream();
        try (var generator = mapper.getFactory().createGenerator(generated)) {
            generator.writeStartObject();
            generator.writeFieldName("answer");
            generator.writeString(raw);
            generator.writeEndObject();
        }

        assertThat(generated.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(asString);
        assertThat(new String(raw.asQuotedChars())).isEqualTo(asString.substring("{\"answer\":\"".length(),
                asString.length() - 2));
    }
}

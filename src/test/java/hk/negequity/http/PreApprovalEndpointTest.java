package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /v1/pre-approval and /v1/pre-approval/batch against the real server. */
class PreApprovalEndpointTest {

    static final String STANDARD_CASE = """
            { "asOf": "2026-11-28",
              "property": { "price": 6000000, "valuation": 6000000, "use": "SELF_USE", "completed": true,
                            "agreementDate": "2026-11-20" },
              "loan": { "amount": 4200000, "annualRatePct": 3.25, "tenorMonths": 360, "scheme": "STANDARD" },
              "borrower": { "monthlyIncome": 60000, "liquidReserves": 150000 } }""";

    static final String OVER_THE_CAP = STANDARD_CASE.replace("4200000", "4500000");

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aCaseGetsAVerdictWithTheLimitThatDrivesIt() {
        JsonNode answer = server.post("/v1/pre-approval", STANDARD_CASE).json();

        assertThat(answer.get("verdict").asText()).isEqualTo("PASS");
        assertThat(answer.get("regime").get("id").asText()).isEqualTo("2024-10-16");
        assertThat(answer.get("regime").get("effectiveDate").asText()).isEqualTo("2024-10-16");
        assertThat(answer.get("regime").get("source").asText()).contains("Policy Address");
        assertThat(answer.get("limit").get("kind").asText()).isEqualTo("HKMA");
        assertThat(answer.get("maxLtvPct").asDouble()).isEqualTo(70.0);
        assertThat(answer.get("maxLoan").asDouble()).isEqualTo(4_200_000);
        assertThat(answer.get("maxLoanByLtv").asDouble()).isEqualTo(4_200_000);
        assertThat(answer.get("maxLoanByDsr").asDouble()).isGreaterThan(4_200_000);
        assertThat(answer.get("figures").get("ltvPct").asDouble()).isEqualTo(70.0);
        assertThat(answer.get("advice")).isNotEmpty();
        assertThat(answer.get("rulesetVersion").asText()).matches("[0-9a-f]{16}");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // Each amount is the limit as a client works it out in binary: price × 0.8 and so on.
            "mortgage insurance, 80%      | 14999999   | 14999999   | 11999999.200000001 | true  | 2025-01-01 | MORTGAGE_INSURANCE | false",
            "mortgage insurance, 90% tier | 2000001    | 2000001    | 1800000.9000000001 | true  | 2025-01-01 | MORTGAGE_INSURANCE | true",
            "HKMA, 70%                    | 2490485.74 | 2490485.74 | 1743340.0180000002 | true  | 2025-01-01 | STANDARD           | false",
            "the special scheme, 80%      | 1900000    | 1805347.10 | 1444277.6800000002 | false | 2022-06-01 | STANDARD           | false"})
    void aLoanAtTheLimitAsAClientWorksItOutInBinaryIsWithinTheLimit(String what, String price, String valuation,
                                                                    String amount, boolean completed, String agreed,
                                                                    String scheme, boolean firstTimeBuyer) {
        JsonNode answer = server.post("/v1/pre-approval", """
                { "asOf": "2025-06-01",
                  "property": { "price": %s, "valuation": %s, "use": "SELF_USE", "completed": %s, "stagePayment": true,
                                "agreementDate": "%s" },
                  "loan": { "amount": %s, "annualRatePct": 3.25, "tenorMonths": 360, "scheme": "%s" },
                  "borrower": { "monthlyIncome": 1000000, "liquidReserves": 1000000000,
                                "firstTimeBuyer": %s, "salaried": %s } }"""
                .formatted(price, valuation, completed, agreed, amount, scheme, firstTimeBuyer, firstTimeBuyer)).json();

        assertThat(answer.get("verdict").asText()).isNotEqualTo("DECLINE");
        assertThat(answer.get("advice")).extracting(a -> a.get("code").asText()).doesNotContain("LTV_ABOVE_POLICY_CAP");
        assertThat(answer.get("maxLoan").asDouble()).isEqualTo(Double.parseDouble(amount), within(0.000001));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "valuation {0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // Not given: a valuation below the price could bring the scheme's 80%, so the case is referred for it.
            "''       | REFER   | PRE_APPROVAL_INCOMPLETE",
            // Given below the price: the scheme's limit, HK$7.6M; the price above the valuation refers.
            "9500000  | REFER   | PRICE_ABOVE_VALUATION",
            // Given at the price: no scheme, the standard 70%, HK$7M.
            "10000000 | DECLINE | LTV_ABOVE_POLICY_CAP"})
    void anUncompletedFlatTheSchemeMayTakeIsReferredForItsValuationNotDeclined(String valuation, String verdict,
                                                                                String reason) {
        String value = valuation.isEmpty() ? "" : ", \"valuation\": " + valuation;
        JsonNode answer = server.post("/v1/pre-approval", """
                { "asOf": "2025-06-01",
                  "property": { "price": 10000000%s, "use": "SELF_USE", "completed": false, "stagePayment": true,
                                "agreementDate": "2022-06-01" },
                  "loan": { "amount": 7200000, "annualRatePct": 3.25, "tenorMonths": 360, "scheme": "STANDARD" },
                  "borrower": { "monthlyIncome": 100000, "liquidReserves": 1000000000 } }""".formatted(value)).json();

        assertThat(answer.get("verdict").asText()).isEqualTo(verdict);
        assertThat(answer.get("reasons")).extracting(r -> r.get("code").asText()).containsExactly(reason);
        if (valuation.isEmpty()) {
            assertThat(answer.get("reasons").get(0).get("figures").get("missingFacts")).extracting(JsonNode::asText)
                    .containsExactly("property.valuation");
        }
    }

    @Test
    void anAgreementBeforeEveryRegimeListsTheDatesCoveredAsDates() {
        JsonNode answer = server.post("/v1/pre-approval", STANDARD_CASE.replace("2026-11-20", "2023-07-06")).json();

        assertThat(answer.get("verdict").asText()).isEqualTo("REFER");
        JsonNode notCovered = null;
        for (JsonNode reason : answer.get("reasons")) {
            if (reason.get("code").asText().equals("REGIME_NOT_COVERED")) {
                notCovered = reason;
            }
        }
        assertThat(notCovered).isNotNull();
        assertThat(notCovered.at("/figures/coveredDates")).extracting(JsonNode::asText)
                .containsExactly("2023-07-07", "2024-02-28", "2024-10-16");
        assertThat(notCovered.get("message").asText()).contains("7 July 2023, 28 February 2024, 16 October 2024");
    }

    @Test
    void aDeclineNamesTheAdviceThatDecidedIt() {
        JsonNode answer = server.post("/v1/pre-approval", OVER_THE_CAP).json();

        assertThat(answer.get("verdict").asText()).isEqualTo("DECLINE");
        assertThat(answer.get("reasons")).hasSize(1);
        assertThat(answer.get("reasons").get(0).get("code").asText()).isEqualTo("LTV_ABOVE_POLICY_CAP");
        assertThat(answer.get("reasons").get(0).get("message").asText()).contains("HK$300,000 above the maximum");
    }

    @Test
    void badInputGetsTheSameProblemAsTheAdviceEndpoint() {
        TestServer.Reply reply = server.post("/v1/pre-approval", "{\"loan\": {\"amount\": -1}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("path").asText()).isEqualTo("loan.amount");
    }

    @Test
    void aBatchKeepsEachCaseAtItsIndexAndABadCaseFailsAlone() {
        String batch = "[" + STANDARD_CASE + ", {\"loan\": {\"amount\": \"lots\"}}, " + OVER_THE_CAP + ", 42]";
        JsonNode answer = server.post("/v1/pre-approval/batch", batch).json();

        assertThat(answer.get("count").asInt()).isEqualTo(4);
        JsonNode results = answer.get("results");
        assertThat(results.get(0).get("index").asInt()).isZero();
        assertThat(results.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(results.get(0).get("answer").get("verdict").asText()).isEqualTo("PASS");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
        assertThat(results.get(1).get("problem").get("errors").get(0).get("path").asText()).isEqualTo("loan.amount");
        assertThat(results.get(2).get("answer").get("verdict").asText()).isEqualTo("DECLINE");
        assertThat(results.get(3).get("problem").get("errors").get(0).get("detail").asText())
                .contains("JSON object");
        assertThat(answer.get("summary").toString()).isEqualTo("{\"DECLINE\":1,\"INVALID\":2,\"PASS\":1}");
    }

    @Test
    void aCaseThatCannotBeReadFailsAloneAndItsProblemSaysWhereInTheBody() {
        String batch = "[" + STANDARD_CASE + ",\n {\"loan\": {\"amount\": 1, \"amount\": 2}},\n"
                + " {\"loan\": {\"amount\": 1e2147483648}}, " + STANDARD_CASE + "]";
        JsonNode answer = server.post("/v1/pre-approval/batch", batch).json();

        JsonNode results = answer.get("results");
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(200, 400, 400, 200);
        JsonNode duplicate = results.get(1).get("problem").get("errors").get(0);
        assertThat(duplicate.get("path").asText()).isEqualTo("loan.amount");
        long line = batch.substring(0, batch.indexOf("\"amount\": 2")).lines().count();
        assertThat(duplicate.get("detail").asText()).as("the line in the whole body")
                .contains("is given more than once (again at line " + line + ", column");
        assertThat(results.get(1).get("problem").get("instance").asText()).endsWith("#1");
        JsonNode exponent = results.get(2).get("problem").get("errors").get(0);
        assertThat(exponent.get("path").asText()).isEqualTo("loan.amount");
        assertThat(exponent.get("detail").asText()).isEqualTo("the number's exponent is out of range");
        assertThat(answer.get("summary").toString()).isEqualTo("{\"INVALID\":2,\"PASS\":2}");
    }

    @Test
    void whatJsonForbidsWithinACaseIsThatCasesProblemOnly() {
        String batch = "[{\"loan\": {\"amount\": 1, \"amount\": 2}}, {\"loan\": {\"amount\": NaN}}, "
                + "{\"loan\": {\"amount\": +5}}, {'loan': {}}, {loan: {}}, " + STANDARD_CASE + "]";
        JsonNode results = server.post("/v1/pre-approval/batch", batch).json().get("results");

        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(400, 400, 400, 400, 400, 200);
        assertThat(results.get(0).toString()).contains("more than once");
        assertThat(results.get(1).toString()).contains("NaN").doesNotContain("more than once");
    }

    @Test
    void aBodyThatBreaksAfterABadCaseIsRefusedWhereItBreaksNotForTheCase() {
        TestServer.Reply reply = server.post("/v1/pre-approval/batch",
                "[{\"loan\": {\"amount\": 1, \"amount\": 2}}, {\"loan\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().has("results")).isFalse();
        assertThat(reply.body()).contains("malformed JSON at line 1, column").doesNotContain("Duplicate");
    }

    @Test
    void whereStrictJsonBreaksFirstWithinTheSameCaseTheBodyIsRefusedThereInItsWords() {
        TestServer.Reply reply = server.post("/v1/pre-approval/batch", "[{'asOf' 1}]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("at line 1, column 3", "double-quote").doesNotContain("NaN", "INF");
        TestServer.Reply stray = server.post("/v1/pre-approval/batch", "[{\"asOf\": \"2026-11-28\"}, x]");
        assertThat(stray.body()).contains("Unrecognized token 'x'").doesNotContain("NaN", "INF");
    }

    @Test
    void aBatchInUtf16IsRefusedWholeAsNotUtf8() {
        byte[] utf16 = ("[" + STANDARD_CASE + "]").getBytes(java.nio.charset.StandardCharsets.UTF_16);
        TestServer.Reply reply = server.postBytes("/v1/pre-approval/batch", utf16,
                java.util.Map.of("Content-Type", "application/json"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().has("results")).isFalse();
        assertThat(reply.body()).contains("not UTF-8");
    }

    @Test
    void aCaseThatIsAStringIsRefusedAsNoObject() {
        JsonNode results = server.post("/v1/pre-approval/batch", "[\"a \\\"quoted\\\" string\", " + STANDARD_CASE + "]")
                .json().get("results");

        assertThat(results.get(0).get("problem").get("errors").get(0).get("detail").asText()).contains("JSON object");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[{}", "[{}]]", "[{},]", "[{\"a\": }]", "[1 2]", "", "{}"})
    void aBodyThatIsNotAWellFormedArrayIsRefusedWhole(String body) {
        TestServer.Reply reply = server.post("/v1/pre-approval/batch", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().has("results")).isFalse();
    }

    @Test
    void eachBatchAnswerIsTheSameAsTheSingleCaseAnswer() {
        JsonNode single = server.post("/v1/pre-approval", OVER_THE_CAP).json();
        JsonNode batched = server.post("/v1/pre-approval/batch", "[" + OVER_THE_CAP + "]").json()
                .get("results").get(0).get("answer");

        assertThat(batched).isEqualTo(single);
    }

    @Test
    void aBatchSaysInContentLanguageEachLanguageItsAnswersAreIn() {
        String ownLanguage = "{\"lang\": \"en\", " + STANDARD_CASE.strip().substring(1);
        String batch = "[" + STANDARD_CASE + ", " + ownLanguage + ", {\"loan\": {\"amount\": \"lots\"}}, "
                + STANDARD_CASE + "]";

        TestServer.Reply mixed = server.post("/v1/pre-approval/batch", batch,
                Map.of("Content-Type", "application/json", "Accept-Language", "zh-HK"));
        TestServer.Reply one = server.post("/v1/pre-approval/batch", "[" + STANDARD_CASE + "]",
                Map.of("Content-Type", "application/json", "Accept-Language", "zh-CN"));
        TestServer.Reply none = server.post("/v1/pre-approval/batch", "[42]");

        assertThat(mixed.status()).isEqualTo(200);
        assertThat(mixed.header("Content-Language")).isEqualTo("zh-HK, en");
        assertThat(one.header("Content-Language")).isEqualTo("zh-CN");
        assertThat(none.header("Content-Language")).as("no answer, no language").isNull();
    }

    @Test
    void aThousandCasesAreAcceptedAndAThousandAndOneAreNot() {
        String thousand = "[" + (STANDARD_CASE + ",").repeat(999) + STANDARD_CASE + "]";
        JsonNode answer = server.post("/v1/pre-approval/batch", thousand).json();
        assertThat(answer.get("count").asInt()).isEqualTo(1_000);
        assertThat(answer.get("results").get(999).get("index").asInt()).isEqualTo(999);
        assertThat(answer.get("summary").get("PASS").asInt()).isEqualTo(1_000);

        String tooMany = "[" + ("{},").repeat(1_000) + "{}]";
        TestServer.Reply reply = server.post("/v1/pre-approval/batch", tooMany);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("detail").asText()).contains("at most 1000 cases", "1001");
    }

    @Test
    void aBatchMustBeAnArray() {
        TestServer.Reply reply = server.post("/v1/pre-approval/batch", STANDARD_CASE);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("detail").asText()).contains("JSON array");
    }

    @ParameterizedTest(name = "body \"{0}\"")
    @ValueSource(strings = {"", "  \n"})
    void anEmptyBatchBodyIsTold400ToSendAnArray(String body) {
        TestServer.Reply reply = server.post("/v1/pre-approval/batch", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("detail").asText())
                .isEqualTo("the request body is empty; send a JSON array of requests");
    }

    @Test
    void anEmptyBatchGetsAnEmptyAnswer() {
        JsonNode answer = server.post("/v1/pre-approval/batch", "[]").json();

        assertThat(answer.get("count").asInt()).isZero();
        assertThat(answer.get("results")).isEmpty();
    }
}

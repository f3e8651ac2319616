package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ?explain=true: why each advice fired, why others did not, and what to ask next. */
class ExplainEndpointTest {

    private static final String NINETY_PERCENT = """
            { "asOf": "2026-11-28", "property": { "price": 6000000, "valuation": 6000000, "use": "SELF_USE" },
              "loan": { "amount": 5400000 } }""";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode item(JsonNode answer, String code) {
        for (JsonNode item : answer.get("advice")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + answer);
    }

    /** A measure in force from a day (the 30-year tenor, 2012-09-14) shows the agreement date against that day. */
    @Test
    void aMeasureFromADayShowsTheAgreementDateAgainstIt() {
        String loan = """
                { "asOf": "2023-08-15", "property": { "price": 6000000, "valuation": 6000000, "agreementDate": "%s" },
                  "loan": { "amount": 4000000, "annualRatePct": 4, "tenorMonths": 480 } }""";

        JsonNode fromTheDay = null;
        for (JsonNode condition : item(server.post("/v1/advice?explain=true", loan.formatted("2023-08-01")).json(),
                "TENOR_ABOVE_MAXIMUM").get("because")) {
            if (condition.get("condition").asText().startsWith("onOrAfter")) {
                fromTheDay = condition;
            }
        }
        JsonNode before = null;
        for (JsonNode rule : server.post("/v1/advice?explain=true", loan.formatted("2010-08-01")).json().get("notFired")) {
            if (rule.get("rule").asText().equals("Decline: a tenor above 30 years")) {
                before = rule.get("firstFailed");
            }
        }

        assertThat(fromTheDay).isNotNull();
        assertThat(fromTheDay.get("fact").asText()).isEqualTo("property.agreementDate");
        assertThat(fromTheDay.get("value").asText()).isEqualTo("2023-08-01");
        assertThat(fromTheDay.get("operator").asText()).isEqualTo(">=");
        assertThat(fromTheDay.get("threshold").asText()).isEqualTo("2012-09-14");
        assertThat(fromTheDay.get("text").asText()).isEqualTo("date 2023-08-01 >= 2012-09-14");
        assertThat(before).isNotNull();
        assertThat(before.get("result").asText()).isEqualTo("FALSE");
        assertThat(before.get("text").asText()).isEqualTo("date 2010-08-01 >= 2012-09-14");
    }

    @Test
    void becauseShowsEachConditionWithTheRealValueAndThreshold() {
        JsonNode answer = server.post("/v1/advice?explain=true", NINETY_PERCENT).json();
        JsonNode ltv = item(answer, "LTV_ABOVE_SAFE_LEVEL");

        assertThat(ltv.get("file").asText()).isEqualTo("ltv.drl");
        assertThat(ltv.get("line").asInt()).isPositive();
        assertThat(ltv.get("rule").asText()).isEqualTo("Critical: loan at 90% or more of the lending base");
        // Issue 4's own example: above the safe 80%, then the critical band.
        JsonNode because = ltv.get("because").get(0);
        assertThat(because.get("condition").asText()).isEqualTo("ltvPct > 80");
        assertThat(because.get("fact").asText()).isEqualTo("figures.ltvPct");
        assertThat(because.get("value").asDouble()).isEqualTo(90.0);
        assertThat(because.get("operator").asText()).isEqualTo(">");
        assertThat(because.get("threshold").asInt()).isEqualTo(80);
        assertThat(because.get("text").asText()).isEqualTo("ltvPct 90.0 > 80");
        assertThat(because.get("result").asText()).isEqualTo("TRUE");
        assertThat(ltv.get("because").get(1).get("text").asText()).isEqualTo("ltvPct 90.0 >= 90");
    }

    @ParameterizedTest(name = "a loan of HK${0}: {1}")
    @CsvSource({
            "4800001.2, ltvPct 80.00002 > 80",
            "4800000.06, ltvPct 80.000001 > 80",
            "5100000, ltvPct 85.0 > 80",
            "5100300, ltvPct 85.01 > 80"})
    void aValueJustAboveAThresholdIsShownWithThePlacesThatSaySo(String amount, String text) {
        JsonNode answer = server.post("/v1/advice?explain=true", NINETY_PERCENT.replace("5400000", amount)).json();

        assertThat(item(answer, "LTV_ABOVE_SAFE_LEVEL").get("because").get(0).get("text").asText()).isEqualTo(text);
    }

    @ParameterizedTest(name = "reserves of HK${0} against six months of HK$24,248.413...: {2}")
    @CsvSource({
            "145490.479, RESERVE_ADEQUATE, liquidReserves 145490.479 >= 145490.4789",
            "145490.4785, RESERVE_BELOW_SIX_MONTHS, liquidReserves 145490.4785 < 145490.4789",
            "145490.49, RESERVE_ADEQUATE, liquidReserves 145490.49 >= 145490.48"})
    void twoValuesThatDifferButReadAlikeAreShownWithThePlacesThatTellThemApart(String reserves, String code,
                                                                               String text) {
        String request = """
                { "loan": { "amount": 5400000, "annualRatePct": 3.5, "tenorMonths": 360 },
                  "borrower": { "liquidReserves": %s } }""".formatted(reserves);
        JsonNode answer = server.post("/v1/advice?explain=true", request).json();

        List<String> texts = new java.util.ArrayList<>();
        item(answer, code).get("because").forEach(c -> texts.add(c.get("text").asText()));
        assertThat(texts).contains(text);
    }

    @Test
    void reservesOfSixTimesTheOutgoingsAsReportedAreSixMonthsNotACentShort() {
        String loan = "\"loan\": { \"amount\": 5400000, \"annualRatePct\": 3.5, \"tenorMonths\": 360 }";
        double outgoings = server.post("/v1/advice", "{" + loan + "}").json().get("figures").get("monthlyOutgoings")
                .asDouble();
        // As a client works it out in binary: 145490.47885005916, six months of HK$24,248.413141676527.
        String sixMonths = "{" + loan + ", \"borrower\": { \"liquidReserves\": " + (6 * outgoings) + " } }";

        JsonNode answer = server.post("/v1/advice", sixMonths).json();

        assertThat(answer.get("advice")).extracting(a -> a.get("code").asText()).contains("RESERVE_ADEQUATE")
                .doesNotContain("RESERVE_BELOW_SIX_MONTHS");
    }

    @Test
    void becauseShowsThresholdsThatComeFromOtherFacts() {
        JsonNode answer = server.post("/v1/advice?explain=true", NINETY_PERCENT).json();
        JsonNode cap = item(answer, "LTV_ABOVE_POLICY_CAP");

        assertThat(cap.get("because").toString()).contains("\"text\":\"amount 5400000.0 > 4200000.0\"");
    }

    @Test
    void notFiredGivesTheFirstConditionThatFailed() {
        JsonNode answer = server.post("/v1/advice?explain=true", NINETY_PERCENT).json();

        JsonNode within = notFired(answer, "LTV_WITHIN_SAFE_LEVEL");
        assertThat(within.get("firstFailed").get("text").asText()).isEqualTo("ltvPct 90.0 <= 80");
        assertThat(within.get("firstFailed").get("result").asText()).isEqualTo("FALSE");
        assertThat(within.get("file").asText()).isEqualTo("ltv.drl");
        JsonNode reserve = notFired(answer, "RESERVE_BELOW_SIX_MONTHS");
        assertThat(reserve.get("firstFailed").get("result").asText()).isEqualTo("UNKNOWN");
        assertThat(reserve.get("missingFacts")).extracting(JsonNode::asText)
                .contains("borrower.liquidReserves", "loan.annualRatePct", "loan.tenorMonths");
    }

    @Test
    void aFigureTheFactsGivenCannotMakeFailsItsConditionAndWaitsForNoFact() {
        String noIncome = """
                { "asOf": "2026-11-28",
                  "property": { "price": 6000000, "valuation": 6000000, "use": "SELF_USE", "completed": true,
                                "agreementDate": "2026-11-20" },
                  "loan": { "amount": 4000000, "annualRatePct": 3.5, "tenorMonths": 360, "scheme": "STANDARD" },
                  "borrower": { "monthlyIncome": 0, "liquidReserves": 300000 } }""";
        JsonNode answer = server.post("/v1/advice?explain=true", noIncome).json();

        JsonNode dsr = null;
        for (JsonNode item : answer.get("notFired")) {
            dsr = item.get("rule").asText().equals("Decline: debt servicing above the cap") ? item : dsr;
        }
        assertThat(dsr).as("the DSR cap rule among those not fired").isNotNull();
        assertThat(dsr.get("firstFailed").get("text").asText()).isEqualTo("dsrPct null > 50.0");
        assertThat(dsr.get("firstFailed").get("result").asText()).as("a DSR on no income is no fact to ask for")
                .isEqualTo("FALSE");
        assertThat(dsr.path("missingFacts")).isEmpty();
    }

    @Test
    void withoutExplainThereIsNoBecauseNorNotFiredButStillNeeds() {
        JsonNode answer = server.post("/v1/advice", NINETY_PERCENT).json();

        assertThat(answer.has("notFired")).isFalse();
        assertThat(item(answer, "LTV_ABOVE_SAFE_LEVEL").has("because")).isFalse();
        assertThat(answer.get("needs")).isNotEmpty();
    }

    @Test
    void needsAreOrderedByHowMuchAdviceEachFactUnlocks() {
        JsonNode needs = server.post("/v1/advice", NINETY_PERCENT).json().get("needs");

        // Most advice first; the payments made (and the months in arrears), which only choose between wordings (a
        // loan being repaid, or a new one), after every fact that decides.
        List<String> wordingOnly = List.of("loan.monthsInArrears", "loan.paymentsMade");
        List<Integer> counts = new ArrayList<>();
        needs.forEach(n -> {
            if (!wordingOnly.contains(n.get("fact").asText())) {
                counts.add(n.get("unlocks").size());
            }
        });
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
        // Last, the facts no rule waits for that the advice read as a default: the balance (the amount drawn, none
        // paid), the agreement date (the advice date), completion (completed) and the other debts (none).
        List<String> facts = new ArrayList<>();
        needs.forEach(n -> facts.add(n.get("fact").asText()));
        assertThat(facts.get(facts.size() - 5)).isEqualTo("loan.paymentsMade");
        assertThat(facts.subList(facts.size() - 4, facts.size())).containsExactlyInAnyOrder("loan.outstanding",
                "property.agreementDate", "property.completed", "borrower.otherMonthlyDebt");
        assertThat(need(needs, "borrower.otherMonthlyDebt").get("unlocks")).isEmpty();
        assertThat(need(needs, "borrower.otherMonthlyDebt").get("mayChange")).extracting(JsonNode::asText)
                .contains("RATE_RISE_SENSITIVITY");
        JsonNode reserves = need(needs, "borrower.liquidReserves");
        assertThat(reserves.get("unlocks")).extracting(JsonNode::asText)
                .containsExactly("RESERVE_ADEQUATE", "RESERVE_BELOW_SIX_MONTHS");
        assertThat(reserves.get("question").asText()).contains("cash and savings");
        assertThat(needs.toString()).doesNotContain("\"loan.amount\"", "\"property.price\"");
    }

    @Test
    void anEmptyRequestNeedsEveryFactTheAdviceRulesUse() {
        JsonNode needs = server.post("/v1/advice", "{}").json().get("needs");

        List<String> facts = new ArrayList<>();
        needs.forEach(n -> facts.add(n.get("fact").asText()));
        assertThat(facts).contains("loan.amount", "property.price", "property.valuation", "property.currentValue",
                "loan.outstanding", "loan.annualRatePct", "loan.tenorMonths", "loan.monthsInArrears", "loan.scheme",
                "borrower.liquidReserves", "borrower.monthlyIncome", "borrower.employment", "borrower.bankrupt",
                "scenario.priceChangePct");
        assertThat(need(needs, "loan.amount").get("unlocks")).extracting(JsonNode::asText)
                .contains("LTV_ABOVE_SAFE_LEVEL", "LTV_WITHIN_SAFE_LEVEL", "RESERVE_BELOW_SIX_MONTHS");
    }

    @Test
    void aFullyStatedCaseNeedsNothing() {
        JsonNode answer = server.post("/v1/advice", AdviceEndpointTest.EXAMPLE).json();

        assertThat(answer.get("needs")).isEmpty();
    }

    @Test
    void aFullyStatedBuyerWhosePriceIsAboveTheValuationIsNotAskedForTheBalance() {
        JsonNode answer = server.post("/v1/advice", """
                {"asOf": "2026-11-28",
                 "property": {"price": 6100000, "valuation": 6000000, "currentValue": 6000000, "use": "SELF_USE",
                              "completed": true, "agreementDate": "2025-03-01"},
                 "loan": {"amount": 4200000, "annualRatePct": 3.25, "tenorMonths": 360, "scheme": "STANDARD",
                          "paymentsMade": 0, "monthsInArrears": 0},
                 "borrower": {"monthlyIncome": 60000, "otherMonthlyDebt": 0, "liquidReserves": 1000000,
                              "bankrupt": false, "employment": "EMPLOYED", "firstTimeBuyer": true, "salaried": true},
                 "scenario": {"priceChangePct": -10}}""").json();

        assertThat(answer.get("advice").findValuesAsText("code")).contains("PRICE_ABOVE_VALUATION");
        assertThat(answer.get("needs")).isEmpty();
    }

    @Test
    void explainIsTrueOrFalseAndNothingElse() {
        TestServer.Reply reply = server.post("/v1/advice?explain=yes", "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("path").asText()).isEqualTo("?explain");
        assertThat(reply.json().get("errors").get(0).get("parameter").asText()).isEqualTo("explain");
        assertThat(reply.json().get("errors").get(0).has("pointer")).as("a query parameter is not in the body")
                .isFalse();
    }

    @Test
    void aMisspeltParameterIsRefusedWithTheNameMeant() {
        TestServer.Reply reply = server.post("/v1/advice?explian=true&zz=1", "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).hasSize(2);
        assertThat(reply.json().get("errors").get(0).get("parameter").asText()).isEqualTo("explian");
        assertThat(reply.json().get("errors").get(0).get("detail").asText()).contains("did you mean 'explain'?");
        assertThat(reply.json().get("errors").get(1).get("parameter").asText()).isEqualTo("zz");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/advice", "/v1/pre-approval"})
    void aBadQueryAndABadBodyAreNamedInOneAnswer(String path) {
        TestServer.Reply reply = server.post(path + "?foo=1&explain=yes&lang=en&lang=zh-HK",
                "{\"loan\": {\"amount\": -1}, \"borrower\": {\"incme\": 1}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(e -> e.get("path").asText())
                .containsExactly("?foo", "?lang", "?explain", "loan.amount", "borrower.incme");
    }

    @Test
    void aBadQueryIsNamedWithABodyThatIsNotJson() {
        TestServer.Reply reply = server.post("/v1/advice?explain=yes", "{\"loan\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(e -> e.get("path").asText()).first().isEqualTo("?explain");
        assertThat(reply.json().get("errors")).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/advice", "/v1/pre-approval", "/v1/pre-approval/batch"})
    void aBodyOfTheWrongTypeIsAnsweredAsSuchWhateverTheQuery(String path) {
        TestServer.Reply reply = server.post(path + "?lnag=en", "[]", java.util.Map.of("Content-Type", "text/plain"));

        assertThat(reply.status()).isEqualTo(415);
    }

    @Test
    void aBatchNamesItsBadQueryAndItsBadBodyInOneAnswer() {
        TestServer.Reply reply = server.post("/v1/pre-approval/batch?explain=1", "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(e -> e.get("path").asText()).containsExactly("?explain", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/v1/pre-approval/batch, []", "/v1/pre-approval, {}"})
    void everyRouteRefusesAParameterItDoesNotRead(String path, String body) {
        assertThat(server.post(path + "?lnag=zh-HK", body).status()).isEqualTo(400);
        TestServer.Reply rules = server.get("/v1/rules?explain=true");
        assertThat(rules.status()).as("the catalogue has nothing to explain").isEqualTo(400);
        assertThat(rules.json().get("errors").get(0).get("detail").asText()).contains("(known: lang)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lang=en&", "&explain=true", "lang=en&&explain=true"})
    void aStrayAmpersandIsNoParameter(String query) {
        assertThat(server.post("/v1/advice?" + query, "{}").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=true", "lang=en&=zh-HK"})
    void aValueWithoutANameIsRefused(String query) {
        TestServer.Reply reply = server.post("/v1/advice?" + query, "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("path").asText()).isEqualTo("?");
        assertThat(reply.json().get("errors").get(0).get("detail").asText()).contains("no name");
    }

    @Test
    void aParameterDoesNotHideThatThereIsNoSuchRouteOrMethod() {
        assertThat(server.get("/v1/nope?x=1").status()).isEqualTo(404);
        assertThat(server.get("/v1/advice?x=1").status()).isEqualTo(405);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"explain=true&explain=yes", "explain=true&explain=true"})
    void explainGivenTwiceIsRefused(String query) {
        TestServer.Reply reply = server.post("/v1/advice?" + query, "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("path").asText()).isEqualTo("?explain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"explain=%ZZ, explain, 1", "explain=tr%75e%, explain, 1", "lang=%ZZ&explain=true, lang, 1",
            "lang=%ZZ&explain=%ZZ, explain, 2", "lang=%ff, lang, 1", "lang=zh-%C3, lang, 1",
            "lang=%ff&explain=tr%75e, lang, 1"})
    void aParameterWhosePercentEncodingIsBrokenIsRefusedByName(String query, String name, int broken)
            throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", java.net.URI.create(server.base()).getPort())) {
            socket.getOutputStream().write(("POST /v1/advice?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json",
                    "\"path\":\"?" + name + "\"");
            // Each broken parameter is named, not only the first.
            assertThat(answer.split("\"path\":\"\\?", -1)).hasSize(broken + 1);
            assertThat(answer.contains("are not UTF-8")).as("bytes that are not UTF-8 are named as such")
                    .isEqualTo(query.contains("%ff") || query.contains("%C3"));
        }
    }

    @Test
    void preApprovalExplainsToo() {
        JsonNode answer = server.post("/v1/pre-approval?explain=true", PreApprovalEndpointTest.OVER_THE_CAP).json();

        assertThat(answer.get("reasons").get(0).get("because")).isNotEmpty();
        assertThat(answer.get("notFired")).isNotEmpty();
        assertThat(answer.has("needs")).isTrue();
    }

    @Test
    void aLimitThatDependsOnAMissingFactAsksForIt() {
        // Under the 2023-07-07 limits self-use and other flats have different caps (70% and 50%): without the
        // use, a loan of 65% is above one and within the other, so the cap waits for it.
        JsonNode answer = server.post("/v1/pre-approval?explain=true", useNotGivenUnder2023Limits(3_900_000)).json();

        assertThat(need(answer.get("needs"), "property.use").get("unlocks")).extracting(JsonNode::asText)
                .contains("LTV_ABOVE_POLICY_CAP");
        assertThat(notFired(answer, "LTV_ABOVE_POLICY_CAP").get("missingFacts")).extracting(JsonNode::asText)
                .contains("property.use");
    }

    /** Each fact a pre-approval refers for is asked for, with the limits it decides, even where no rule waits. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"property.completed", "borrower.firstTimeBuyer"})
    void aFactThePreApprovalRefersForIsAskedForWithTheLimitItDecides(String fact) {
        JsonNode answer = server.post("/v1/pre-approval", REFERRED_FOR.get(fact)).json();

        assertThat(answer.get("verdict").asText()).isEqualTo("REFER");
        JsonNode incomplete = StreamSupport.stream(answer.get("advice").spliterator(), false)
                .filter(a -> a.get("code").asText().equals("PRE_APPROVAL_INCOMPLETE")).findFirst().orElseThrow();
        assertThat(incomplete.get("figures").get("missingFacts")).extracting(JsonNode::asText).contains(fact);
        assertThat(need(answer.get("needs"), fact).get("unlocks")).extracting(JsonNode::asText)
                .contains("LTV_ABOVE_POLICY_CAP");
    }

    /** A pre-approval that waits for the fact named: every other fact its limits need is given. */
    private static final Map<String, String> REFERRED_FOR = Map.of(
            // Agreed between 2023-07-07 and 2023-09-21, completed and uncompleted flats had different MIP tables.
            "property.completed", """
                    { "asOf": "2023-08-15",
                      "property": { "price": 11000000, "valuation": 11000000, "use": "SELF_USE",
                                    "agreementDate": "2023-08-01" },
                      "loan": { "amount": 9000000, "annualRatePct": 3, "tenorMonths": 360,
                                "scheme": "MORTGAGE_INSURANCE" },
                      "borrower": { "monthlyIncome": 1000000, "firstTimeBuyer": true, "salaried": true } }""",
            // 90% of HK$6M: only the first-time buyer tier allows it.
            "borrower.firstTimeBuyer", """
                    { "asOf": "2026-11-28",
                      "property": { "price": 6000000, "valuation": 6000000, "use": "SELF_USE", "completed": true,
                                    "agreementDate": "2026-11-20" },
                      "loan": { "amount": 5400000, "annualRatePct": 3, "tenorMonths": 360,
                                "scheme": "MORTGAGE_INSURANCE" },
                      "borrower": { "monthlyIncome": 100000, "salaried": true } }""");

    @Test
    void aFactThatWouldOnlyChangeAdviceAlreadyGivenIsAskedForAfterTheFactsForNewAdvice() {
        // 81.7% is above the cap for either use: declined whatever the use, which would only change its wording.
        JsonNode answer = server.post("/v1/pre-approval?explain=true", useNotGivenUnder2023Limits(4_900_000)).json();

        assertThat(answer.get("verdict").asText()).isEqualTo("DECLINE");
        List<String> facts = new ArrayList<>();
        answer.get("needs").forEach(n -> facts.add(n.get("fact").asText()));
        int use = facts.indexOf("property.use");
        // The decline stands whatever the use: the use changes its wording, and decides the DSR cap not yet given.
        assertThat(need(answer.get("needs"), "property.use").get("changesWording")).extracting(JsonNode::asText)
                .contains("LTV_ABOVE_POLICY_CAP");
        assertThat(need(answer.get("needs"), "property.use").get("unlocks")).extracting(JsonNode::asText)
                .contains("DSR_ABOVE_CAP").doesNotContain("LTV_ABOVE_POLICY_CAP");
        assertThat(use).as("the use also decides the DSR cap, not yet given").isNotNegative();
        int paymentsMade = facts.indexOf("loan.paymentsMade");
        answer.get("needs").forEach(n -> {
            if (facts.indexOf(n.get("fact").asText()) > paymentsMade) {
                assertThat(n.get("unlocks")).as("after the wording's facts, only the defaults' facts").isEmpty();
                assertThat(n.has("changesWording")).isFalse();
                assertThat(n.get("mayChange")).isNotEmpty();
            }
        });
        long defaultsOnly = facts.stream().map(f -> need(answer.get("needs"), f))
                .filter(n -> n.get("unlocks").isEmpty() && !n.has("changesWording")).count();
        assertThat(paymentsMade).as("for advice given already, or its wording only: last but the defaults' facts")
                .isEqualTo(facts.size() - 1 - (int) defaultsOnly);
        assertThat(notFired(answer, "LTV_ABOVE_POLICY_CAP").get("missingFacts")).extracting(JsonNode::asText)
                .as("the explanation still says what the other variant waits for").contains("property.use");
    }

    @Test
    void aFactThatOnlyChoosesTheWordingOfAdviceComesAfterTheFactThatDecidesIt() {
        // Reserves not given: they decide RESERVE_BELOW_SIX_MONTHS. The payments made only choose its wording (a
        // loan being repaid, or a new one): still a fact a rule waits for, asked for after the reserves.
        JsonNode needs = server.post("/v1/advice", """
                {"asOf": "2026-11-28",
                 "property": {"price": 6000000, "valuation": 6000000, "use": "SELF_USE", "currentValue": 6000000},
                 "loan": {"amount": 4000000, "scheme": "STANDARD", "annualRatePct": 3, "tenorMonths": 360,
                          "monthsInArrears": 0},
                 "borrower": {"bankrupt": false, "employment": "EMPLOYED", "monthlyIncome": 50000},
                 "scenario": {"priceChangePct": -10}}""").json().get("needs");

        // Then the values the answer's advice read as a default: the balance (the amount drawn, none paid), the
        // agreement date (the advice date: an earlier one may bring other limits) and the other debts (none).
        // Completion, a default too, bears on no advice this case has.
        assertThat(needs).extracting(n -> n.get("fact").asText()).containsExactly("borrower.liquidReserves",
                "loan.paymentsMade", "loan.outstanding", "property.agreementDate", "borrower.otherMonthlyDebt");
    }

    /** Issue 4: ordered by how much advice each fact unlocks; out of work, the arrears decide the warning at once. */
    @Test
    void needsAreOrderedByTheAdviceEachFactUnlocks() {
        JsonNode needs = server.post("/v1/advice", """
                {"asOf": "2026-11-28", "borrower": {"employment": "UNEMPLOYED"}}""").json().get("needs");

        for (int i = 1; i < needs.size(); i++) {
            assertThat(needs.get(i).get("unlocks").size()).as("needs[%d] against needs[%d]", i, i - 1)
                    .isLessThanOrEqualTo(needs.get(i - 1).get("unlocks").size());
        }
        assertThat(need(needs, "loan.monthsInArrears").get("unlocks")).extracting(JsonNode::asText)
                .contains("JOB_LOSS_CONTACT_BANK");
    }

    @Test
    void anOwnerWhoGivesOnlyTheBalanceIsToldThatThePaymentsMadeWouldBringTheReserveAndDebtServiceAdvice() {
        JsonNode needs = server.post("/v1/advice", "{\"loan\": {\"outstanding\": 4843642, \"annualRatePct\": 3.5, "
                + "\"tenorMonths\": 360}, \"borrower\": {\"liquidReserves\": 100000, \"monthlyIncome\": 50000}}")
                .json().get("needs");

        assertThat(need(needs, "loan.paymentsMade").get("unlocks")).extracting(JsonNode::asText)
                .contains("RESERVE_BELOW_SIX_MONTHS", "RESERVE_ADEQUATE", "DSR_ABOVE_CAP", "RATE_RISE_SENSITIVITY");
        assertThat(need(needs, "loan.amount").get("unlocks")).extracting(JsonNode::asText)
                .contains("RESERVE_BELOW_SIX_MONTHS", "RESERVE_ADEQUATE");
        // Given, even as 0 (nothing repaid yet: the balance over the whole term), the advice comes.
        JsonNode answer = server.post("/v1/advice", "{\"loan\": {\"outstanding\": 4843642, \"annualRatePct\": 3.5, "
                + "\"tenorMonths\": 360, \"paymentsMade\": 0}, \"borrower\": {\"liquidReserves\": 100000}}").json();
        assertThat(answer.get("advice")).extracting(a -> a.get("code").asText()).contains("RESERVE_BELOW_SIX_MONTHS",
                "RATE_RISE_SENSITIVITY");
    }

    @Test
    void anOwnerIsAskedForTheInstalmentsPaidSoThatTheAdviceSpeaksToAnOwner() {
        // Advice given in a buyer's words (borrow less) where the loan may be one being repaid.
        JsonNode needs = server.post("/v1/advice", NINETY_PERCENT).json().get("needs");

        assertThat(need(needs, "loan.paymentsMade").get("changesWording")).extracting(JsonNode::asText)
                .contains("LTV_ABOVE_SAFE_LEVEL");
        assertThat(need(needs, "loan.paymentsMade").get("unlocks")).extracting(JsonNode::asText)
                .doesNotContain("LTV_ABOVE_SAFE_LEVEL");
    }

    @Test
    void anEmptyRequestGetsEveryFactTheRulesCatalogueNamesWithAnyThatOnlyChooseWordingsLast() {
        JsonNode needs = server.post("/v1/advice", "{}").json().get("needs");
        Set<String> catalogued = new java.util.TreeSet<>();
        for (JsonNode rule : server.get("/v1/rules").json().get("rules")) {
            rule.path("needs").forEach(fact -> catalogued.add(fact.asText()));
        }

        List<String> facts = new ArrayList<>();
        needs.forEach(n -> facts.add(n.get("fact").asText()));
        assertThat(facts).containsExactlyInAnyOrderElementsOf(catalogued);
        boolean wordingOnly = false;
        for (JsonNode need : needs) {
            boolean unlocksNone = need.path("unlocks").isEmpty();
            assertThat(wordingOnly && !unlocksNone).as("%s unlocks advice after a fact that only chose wordings",
                    need.get("fact").asText()).isFalse();
            wordingOnly |= unlocksNone;
        }
        // The payments made unlock advice only with a balance given in place of the amount drawn: the instalment
        // of that balance over the months left, and its re-pricing.
        assertThat(need(needs, "loan.paymentsMade").get("unlocks")).extracting(JsonNode::asText)
                .containsExactly("RATE_RISE_SENSITIVITY");
        assertThat(facts.indexOf("borrower.firstTimeBuyer")).as("a reason of its own for MIP_NOT_ELIGIBLE")
                .isLessThan(facts.indexOf("loan.paymentsMade"));
    }

    /** A standard loan on a completed HK$6M flat agreed 2023-08-01, its use not given. */
    private static String useNotGivenUnder2023Limits(int amount) {
        return """
                {"asOf": "2026-11-28", "property": {"price": 6000000, "valuation": 6000000, "completed": true,
                  "agreementDate": "2023-08-01"},
                 "loan": {"scheme": "STANDARD", "amount": %d, "annualRatePct": 3.25, "tenorMonths": 300}}"""
                .formatted(amount);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "a mortgage-insurance loan only the first-time buyer tier allows | borrower.firstTimeBuyer | MIP_NOT_ELIGIBLE | "
                    + "^{\"asOf\": \"2026-11-28\", \"property\": {\"price\": 6000000}, \"loan\": {\"amount\": 5400000, \"scheme\": \"MORTGAGE_INSURANCE\"}}^",
            "an uncompleted flat the special scheme would take but for stage payment | property.stagePayment | SPECIAL_SCHEME_AVAILABLE | "
                    + "^{\"asOf\": \"2026-11-28\", \"property\": {\"price\": 6000000, \"valuation\": 5500000, \"use\": \"SELF_USE\", "
                    + "\"completed\": false, \"agreementDate\": \"2022-05-01\"}, \"loan\": {\"amount\": 4200000, \"scheme\": \"STANDARD\"}}^"})
    void aLimitHeldBackUntilAFactIsGivenWaitsForThatFact(String what, String fact, String alsoUnlocked, String request) {
        JsonNode answer = server.post("/v1/advice?explain=true", request).json();

        assertThat(need(answer.get("needs"), fact).get("unlocks")).extracting(JsonNode::asText)
                .contains("LTV_ABOVE_POLICY_CAP", alsoUnlocked);
        JsonNode cap = null;
        for (JsonNode item : answer.get("notFired")) {
            if (item.get("code").asText().equals("LTV_ABOVE_POLICY_CAP")
                    && item.get("firstFailed").get("result").asText().equals("UNKNOWN")) {
                cap = item;
            }
        }
        assertThat(cap).as("the limit's rule waits for the fact, not decided against").isNotNull();
        assertThat(cap.get("missingFacts")).extracting(JsonNode::asText).contains(fact);
    }

    private static JsonNode notFired(JsonNode answer, String code) {
        for (JsonNode item : answer.get("notFired")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in notFired");
    }

    private static JsonNode need(JsonNode needs, String fact) {
        for (JsonNode need : needs) {
            if (need.get("fact").asText().equals(fact)) {
                return need;
            }
        }
        throw new AssertionError("no need " + fact + " in " + needs);
    }
}

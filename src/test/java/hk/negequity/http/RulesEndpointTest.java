package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hk.negequity.BundledRuleSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** GET /v1/rules lists every rule loaded, enough for a client to build help pages. */
class RulesEndpointTest {

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
    void everyRuleInTheRuleBaseIsListed() {
        JsonNode answer = server.get("/v1/rules").json();

        Set<String> listed = new HashSet<>();
        answer.get("rules").forEach(r -> listed.add(r.get("name").asText()));
        Set<String> loaded = new HashSet<>();
        for (KiePackage kiePackage : BundledRuleSet.get().kieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                loaded.add(rule.getName());
            }
        }
        assertThat(listed).isEqualTo(loaded);
        assertThat(answer.get("ruleCount").asInt()).isEqualTo(loaded.size());
        assertThat(answer.get("rulesetVersion").asText()).isEqualTo(BundledRuleSet.get().version());
        assertThat(answer.get("loadedAt").asText()).isNotBlank();
    }

    @Test
    void eachAdviceRuleHasItsCodeCategorySeveritySourceTitleNeedsAndFile() {
        JsonNode answer = server.get("/v1/rules").json();

        int advice = 0;
        for (JsonNode rule : answer.get("rules")) {
            assertThat(rule.get("file").asText()).endsWith(".drl");
            assertThat(rule.get("line").asInt()).isPositive();
            if (rule.get("kind").asText().equals("ADVICE")) {
                advice++;
                assertThat(rule.get("code").asText()).matches("[A-Z_]+");
                assertThat(rule.get("category").asText()).isNotBlank();
                assertThat(rule.get("severity").asText()).isIn("INFO", "WARNING", "CRITICAL");
                assertThat(rule.get("source").asText()).isNotBlank();
                assertThat(rule.get("title").asText()).isNotBlank();
                assertThat(rule.has("needs")).isTrue();
            }
        }
        assertThat(advice).isEqualTo(BundledRuleSet.get().adviceRules().size());
    }

    @Test
    void theFactsARuleNeedsAreTheInputsItsConditionsUse() {
        JsonNode reserve = rule(server.get("/v1/rules").json(), "Warn: reserves cover less than six months of repayments");

        // The months of reserves are of the instalment and the other debts (none when not given).
        assertThat(reserve.get("needs")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "borrower.liquidReserves", "borrower.otherMonthlyDebt", "loan.amount", "loan.annualRatePct",
                "loan.tenorMonths", "loan.paymentsMade", "loan.monthsInArrears", "loan.outstanding");
    }

    @Test
    void aRuleOnTheBalanceNeedsWhatAScheduledBalanceIsWorkedOutFrom() {
        JsonNode headroom = rule(server.get("/v1/rules").json(), "Inform: the price fall the equity can absorb");

        assertThat(headroom.get("needs")).extracting(JsonNode::asText).contains("property.currentValue",
                "loan.outstanding", "loan.amount", "loan.annualRatePct", "loan.tenorMonths");
        // Without ?explain the same: a balance after payments made waits for the rate and the term.
        JsonNode needs = server.post("/v1/advice", """
                { "asOf": "2026-11-28", "property": { "currentValue": 7000000 },
                  "loan": { "amount": 4000000, "paymentsMade": 24 } }""").json().get("needs");
        assertThat(needs).anySatisfy(need -> {
            assertThat(need.get("fact").asText()).isEqualTo("loan.annualRatePct");
            assertThat(need.get("unlocks")).extracting(JsonNode::asText).contains("EQUITY_HEADROOM");
        });
    }

    @Test
    void titlesComeInTheAskedLanguage() {
        TestServer.Reply reply = server.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.base() + "/v1/rules")).header("Accept-Language", "zh-HK").GET().build());

        assertThat(reply.header("Content-Language")).isEqualTo("zh-HK");
        assertThat(rule(reply.json(), "Warn: reserves cover less than six months of repayments").get("title")
                .asText()).isEqualTo("儲備不足六個月");
        assertThat(server.get("/v1/rules?lang=zh-CN").json().get("language").asText()).isEqualTo("zh-CN");
    }

    private static JsonNode rule(JsonNode answer, String name) {
        for (JsonNode rule : answer.get("rules")) {
            if (rule.get("name").asText().equals(name)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + name);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}

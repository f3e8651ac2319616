package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import hk.negequity.advice.AdviceService;
import hk.negequity.advice.AnswerJson;
import hk.negequity.advice.PreApprovalService;
import hk.negequity.advice.Presentation;
import hk.negequity.engine.RuleEngine;
import hk.negequity.properties.FactSpace;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Generated valid requests over HTTP: every one answered 200, never a 5xx, and the body is byte for byte the
 * answer the services give in process, so nothing is lost or changed on the way out.
 */
class GeneratedRequestsTest {

    private static final int CASES = 1_000;

    @Test
    void everyValidRequestIsAnswered200WithTheAnswerTheServicesGive() {
        AdviceService advice = new AdviceService(BundledRuleSet::get, new RuleEngine());
        PreApprovalService preApproval = new PreApprovalService(BundledRuleSet::get, new RuleEngine());
        FactSpace space = new FactSpace(1_500L);
        try (TestServer server = new TestServer()) {
            for (int i = 0; i < CASES; i++) {
                FactSpace.Case c = space.next();
                String body = c.json().toString();

                TestServer.Reply advised = server.post("/v1/advice", body);
                TestServer.Reply approved = server.post("/v1/pre-approval", body);

                assertThat(advised.status()).as("case %d: %s → %s", i, body, advised.body()).isEqualTo(200);
                assertThat(approved.status()).as("case %d: %s → %s", i, body, approved.body()).isEqualTo(200);
                assertThat(advised.body()).as("case %d: %s", i, body).isEqualTo(new String(AnswerJson.bytes(
                        advice.advise(c.request(), Presentation.ENGLISH)), StandardCharsets.UTF_8));
                assertThat(approved.body()).as("case %d: %s", i, body).isEqualTo(new String(AnswerJson.bytes(
                        preApproval.preApprove(c.request(), Presentation.ENGLISH)), StandardCharsets.UTF_8));
            }
        }
    }
}

package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The answer's language: the body's lang, else ?lang=, else Accept-Language, else English; Content-Language says which. */
class LanguageEndpointTest {

    private static final String CASE = "{\"asOf\": \"2026-11-28\", \"property\": {\"price\": 6000000, "
            + "\"valuation\": 6000000, \"use\": \"SELF_USE\"}, \"loan\": {\"amount\": 5400000}";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestServer.Reply ask(String lang, String acceptLanguage) {
        String body = CASE + (lang == null ? "}" : ", \"lang\": \"" + lang + "\"}");
        Map<String, String> headers = acceptLanguage == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Accept-Language", acceptLanguage);
        return server.post("/v1/advice", body, headers);
    }

    @Test
    void englishByDefault() {
        TestServer.Reply reply = ask(null, null);

        assertThat(reply.header("Content-Language")).isEqualTo("en");
        assertThat(reply.json().get("language").asText()).isEqualTo("en");
    }

    @Test
    void theBodysLangGivesTraditionalChinese() {
        TestServer.Reply reply = ask("zh-HK", null);

        assertThat(reply.header("Content-Language")).isEqualTo("zh-HK");
        JsonNode first = reply.json().get("advice").get(0);
        assertThat(first.get("title").asText()).isEqualTo("貸款高於政策上限");
        assertThat(first.get("message").asText()).contains("HK$540萬", "HK$420萬", "金管局");
        assertThat(first.get("actions").get(0).asText()).contains("HK$420萬");
    }

    @Test
    void acceptLanguageGivesSimplifiedChinese() {
        TestServer.Reply reply = ask(null, "zh-CN,zh;q=0.9,en;q=0.8");

        assertThat(reply.header("Content-Language")).isEqualTo("zh-CN");
        assertThat(reply.json().get("advice").get(1).get("message").asText()).contains("负资产");
        assertThat(reply.json().get("needs").get(0).get("question").asText()).matches(".*[\\u4e00-\\u9fff].*");
    }

    @Test
    void theBodysLangWinsOverTheHeader() {
        assertThat(ask("en", "zh-HK").header("Content-Language")).isEqualTo("en");
    }

    @Test
    void theUrlsLangComesAfterTheBodysAndBeforeTheHeader() {
        Map<String, String> zhCn = Map.of("Content-Type", "application/json", "Accept-Language", "zh-CN");
        assertThat(server.post("/v1/advice?lang=zh-HK", CASE + "}", zhCn).header("Content-Language")).isEqualTo("zh-HK");
        assertThat(server.post("/v1/advice?lang=zh-HK", CASE + ", \"lang\": \"en\"}", zhCn).header("Content-Language"))
                .isEqualTo("en");
        assertThat(server.post("/v1/pre-approval?lang=zh-CN", CASE + "}", Map.of("Content-Type", "application/json"))
                .header("Content-Language")).isEqualTo("zh-CN");
        JsonNode batch = server.post("/v1/pre-approval/batch?lang=zh-HK", "[" + CASE + "}, " + CASE + ", \"lang\": \"en\"}]",
                zhCn).json().get("results");
        assertThat(batch.get(0).get("answer").get("language").asText()).isEqualTo("zh-HK");
        assertThat(batch.get(1).get("answer").get("language").asText()).isEqualTo("en");
    }

    @Test
    void aBatchSaysItsAnswerDependsOnTheAcceptLanguage() {
        TestServer.Reply reply = server.post("/v1/pre-approval/batch", "[" + CASE + "}]",
                Map.of("Content-Type", "application/json", "Accept-Language", "zh-HK"));

        assertThat(reply.header("Vary")).isEqualTo("Accept-Language");
    }

    @Test
    void anUnknownLanguageFallsBackToEnglishAndSaysSo() {
        TestServer.Reply reply = ask("fr", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Language")).isEqualTo("en");
        assertThat(reply.json().get("advice").get(0).get("title").asText()).isEqualTo("Loan above the policy maximum");
        assertThat(ask(null, "de-DE").header("Content-Language")).isEqualTo("en");
    }

    @Test
    void aLanguageNoCatalogueCoversGivesWayToTheHeader() {
        Map<String, String> zhHk = Map.of("Content-Type", "application/json", "Accept-Language", "zh-HK");

        assertThat(ask("fr", "zh-HK").header("Content-Language")).isEqualTo("zh-HK");
        assertThat(server.post("/v1/advice?lang=xx", CASE + "}", zhHk).header("Content-Language")).isEqualTo("zh-HK");
        assertThat(server.get("/v1/rules?lang=xx", Map.of("Accept-Language", "zh-CN")).header("Content-Language"))
                .isEqualTo("zh-CN");
    }

    @Test
    void theUrlsLangGivenTwiceOrTooLongIsRefusedByName() {
        for (String query : List.of("?lang=zh-HK&lang=en", "?lang=" + "x".repeat(36))) {
            TestServer.Reply reply = server.post("/v1/advice" + query, CASE + "}");

            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("parameter").asText()).isEqualTo("lang");
        }
        assertThat(server.get("/v1/rules?lang=en&lang=en").status()).isEqualTo(400);
        assertThat(server.post("/v1/advice?lang=", CASE + "}", Map.of("Content-Type", "application/json",
                "Accept-Language", "zh-CN")).header("Content-Language")).as("empty: as if not given").isEqualTo("zh-CN");
    }

    @Test
    void langMustBeAString() {
        TestServer.Reply reply = server.post("/v1/advice", "{\"lang\": 5}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("path").asText()).isEqualTo("lang");
    }

    /** As an empty {@code ?lang=} is: no language asked in the body, so the next choice, here Accept-Language. */
    @Test
    void aBlankLangIsReadAsNotGiven() {
        for (String blank : List.of("", "   ")) {
            TestServer.Reply reply = server.post("/v1/advice", "{\"lang\": \"" + blank + "\"}",
                    Map.of("Content-Type", "application/json", "Accept-Language", "zh-CN"));

            assertThat(reply.status()).as("'%s'", blank).isEqualTo(200);
            assertThat(reply.header("Content-Language")).as("'%s'", blank).isEqualTo("zh-CN");
            assertThat(server.post("/v1/advice", "{\"lang\": \"" + blank + "\"}").header("Content-Language"))
                    .as("'%s', no header", blank).isEqualTo("en");
        }
    }

    @Test
    void anAcceptLanguageSentOnTwoLinesIsOneList() {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/v1/advice"))
                .header("Content-Type", "application/json").header("Accept-Language", "fr")
                .header("Accept-Language", "zh-HK").POST(java.net.http.HttpRequest.BodyPublishers.ofString(CASE + "}"))
                .build();

        assertThat(server.send(request).header("Content-Language")).isEqualTo("zh-HK");
    }

    @Test
    void anyLanguageButARefusedEnglishIsTraditionalChinese() {
        assertThat(ask(null, "en;q=0, *").header("Content-Language")).isEqualTo("zh-HK");
    }

    @Test
    void aChineseTagGoesByItsScriptInTheBodyAsInTheHeader() {
        assertThat(server.post("/v1/advice", "{\"lang\": \"cmn-Hant-TW\"}").header("Content-Language")).isEqualTo("zh-HK");
        assertThat(server.post("/v1/advice", "{\"lang\": \"zh-Hans-HK\"}").header("Content-Language")).isEqualTo("zh-CN");
        assertThat(server.post("/v1/advice", "{}", Map.of("Content-Type", "application/json",
                "Accept-Language", "yue-Hans")).header("Content-Language")).isEqualTo("zh-CN");
    }
}

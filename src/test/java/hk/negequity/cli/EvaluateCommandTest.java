package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hk.negequity.BundledRuleSet;
import hk.negequity.http.AdviceEndpointTestCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code advise} and {@code pre-approve}: the endpoint's answer without a server. */
class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Test
    void adviseAFileGivesTheSameAnswerAsTheEndpoint(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, AdviceEndpointTestCases.EXAMPLE);

        CliRun run = CliRun.of("advise", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(json(run.out())).isEqualTo(AdviceEndpointTestCases.answerOverHttp("/v1/advice",
                AdviceEndpointTestCases.EXAMPLE));
    }

    @Test
    void preApproveFromStandardInputGivesTheSameAnswerAsTheEndpoint() {
        CliRun run = CliRun.withInput(AdviceEndpointTestCases.EXAMPLE, Map.of(), "pre-approve", "-");

        assertThat(run.exit()).isZero();
        JsonNode answer = json(run.out());
        assertThat(answer.get("verdict").asText()).isEqualTo("DECLINE");
        assertThat(answer).isEqualTo(AdviceEndpointTestCases.answerOverHttp("/v1/pre-approval",
                AdviceEndpointTestCases.EXAMPLE));
    }

    @Test
    void anArrayGetsTheBatchAnswerAndABadCaseExitsTwoWithItsProblemOnStandardError() {
        String cases = "[" + AdviceEndpointTestCases.EXAMPLE + ", {\"loan\": {\"amount\": -1}}]";

        CliRun run = CliRun.withInput(cases, Map.of(), "pre-approve", "-");

        assertThat(run.exit()).isEqualTo(2);
        JsonNode answer = json(run.out());
        assertThat(answer.get("count").asInt()).isEqualTo(2);
        assertThat(answer.get("results").get(0).get("answer").get("verdict").asText()).isEqualTo("DECLINE");
        assertThat(answer.get("results").get(1).get("problem").get("errors").get(0).get("path").asText())
                .isEqualTo("loan.amount");
        assertThat(run.err()).contains("\"path\":\"loan.amount\"");
    }

    @Test
    void anArrayOfGoodCasesExitsZero() {
        CliRun run = CliRun.withInput("[{}, {}]", Map.of(), "advise", "-");

        assertThat(run.exit()).isZero();
        assertThat(json(run.out()).get("summary").get("ANSWERED").asInt()).isEqualTo(2);
    }

    @Test
    void badInputPrintsTheProblemOnStandardErrorAndExitsTwo() {
        CliRun run = CliRun.withInput("{\"loan\": {\"amont\": 5}}", Map.of(), "advise", "-");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        JsonNode problem = json(run.err().strip());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("path").asText()).isEqualTo("loan.amont");
        assertThat(problem.get("rulesetVersion").asText()).as("as every problem the API gives")
                .isEqualTo(BundledRuleSet.get().version());
    }

    @Test
    void malformedJsonAndAMissingFileAreBadInputToo() {
        assertThat(CliRun.withInput("{", Map.of(), "advise", "-").exit()).isEqualTo(2);
        CliRun missing = CliRun.of("advise", "no/such/file.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(json(missing.err().strip()).get("title").asText()).isEqualTo("Input not found");
        assertThat(json(missing.err().strip()).get("rulesetVersion").asText()).isEqualTo(BundledRuleSet.get().version());
    }

    /** 16 MiB is read, from a file or from standard input alike; a byte more is refused as too large, not cut. */
    @Test
    void anInputOverSixteenMebibytesIsRefusedAsTooLargeFromAFileOrStandardInput(@TempDir Path dir) throws IOException {
        int limit = 16 * 1024 * 1024;
        String atTheLimit = "{" + " ".repeat(limit - 2) + "}";
        String over = "{" + " ".repeat(limit - 1) + "}";
        Path file = dir.resolve("over.json");
        Files.writeString(file, over);
        Path read = dir.resolve("at-the-limit.json");
        Files.writeString(read, atTheLimit);

        for (CliRun run : new CliRun[] {CliRun.of("advise", file.toString()),
                CliRun.withInput(over, Map.of(), "advise", "-")}) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(json(run.err().strip()).get("title").asText()).isEqualTo("Input too large");
            assertThat(json(run.err().strip()).get("status").asInt()).isEqualTo(413);
        }
        assertThat(CliRun.of("advise", read.toString()).exit()).isZero();
        assertThat(CliRun.withInput(atTheLimit, Map.of(), "advise", "-").exit()).isZero();
    }

    @Test
    void aDirectoryOrANumberNoTypeHoldsIsBadInputNotACrash() {
        CliRun directory = CliRun.of("advise", "src");
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(json(directory.err().strip()).get("detail").asText()).isEqualTo("src is a directory, not a file");

        CliRun exponent = CliRun.withInput("{\"loan\": {\"amount\": 1e9999999999}}", Map.of(), "advise", "-");
        assertThat(exponent.exit()).isEqualTo(2);
        assertThat(json(exponent.err().strip()).get("errors").get(0).get("path").asText()).isEqualTo("loan.amount");
    }

    @Test
    void aCaseOfAnArrayThatCannotBeReadIsThatCasesProblemOnly() {
        CliRun run = CliRun.withInput("[{\"loan\": {\"amount\": 1, \"amount\": 2}}, {}]", Map.of(), "pre-approve", "-");

        assertThat(run.exit()).isEqualTo(2);
        JsonNode answer = json(run.out());
        assertThat(answer.get("results").get(0).get("status").asInt()).isEqualTo(400);
        assertThat(answer.get("results").get(1).get("status").asInt()).isEqualTo(200);
    }

    @Test
    void langAndExplainWorkAsOverHttp() {
        CliRun run = CliRun.withInput(AdviceEndpointTestCases.EXAMPLE, Map.of(), "advise", "-", "--lang", "zh-HK",
                "--explain");

        JsonNode answer = json(run.out());
        assertThat(answer.get("language").asText()).isEqualTo("zh-HK");
        assertThat(answer.get("advice").get(0).get("because")).isNotEmpty();
        assertThat(answer.get("notFired")).isNotEmpty();
    }

    @Test
    void anotherRuleDirectoryCanBeGiven() {
        CliRun run = CliRun.withInput("{\"loan\": {\"amount\": 900}, \"property\": {\"price\": 1000}}", Map.of(),
                "advise", "-", "--rules", "src/test/resources/rulesets/minimal");

        assertThat(json(run.out()).get("advice").get(0).get("code").asText()).isEqualTo("TEST_HIGH_LTV");
        CliRun broken = CliRun.withInput("{}", Map.of(), "advise", "-", "--rules",
                "src/test/resources/rulesets/syntax-error");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).as("named as check names it: under its directory")
                .startsWith("src/test/resources/rulesets/syntax-error/ltv.drl:9:");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "loop-when-asked      | {\"loan\": {\"amount\": 5400000, \"monthsInArrears\": 99}, \"property\": {\"price\": 6000000}} | /problems/rule-firing-limit",
            "fails-when-evaluated | {\"loan\": {\"amount\": 5400000, \"tenorMonths\": 360}, \"property\": {\"price\": 6000000}}   | /problems/internal-error",
            "fails-with-figures   | {\"loan\": {\"amount\": 5400000}, \"property\": {\"price\": 6000000}, \"borrower\": {\"monthlyIncome\": 66666}} | /problems/internal-error",
            "fails-with-figures   | {\"loan\": {\"amount\": 5400000}, \"property\": {\"price\": 6000000}, \"borrower\": {\"monthlyIncome\": 44444}} | /problems/internal-error",
    })
    void rulesThatLoopOrFailAsTheyAreEvaluatedGiveTheEndpointsProblemNotATrace(String rules, String request,
                                                                               String problem) {
        CliRun run = CliRun.withInput(request, Map.of(), "advise", "-", "--rules", "src/test/resources/rulesets/" + rules);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(json(run.err().lines().filter(line -> line.startsWith("{")).findFirst().orElseThrow())
                .get("type").asText()).isEqualTo(problem);
        assertThat(run.err()).doesNotContain("Exception", "StackOverflowError", "\tat ", "5400000", "66666", "44444");
    }

    @Test
    void aLoopInOneCaseOfAnArrayIsThatCasesProblemAndCountedAsAnError() {
        CliRun run = CliRun.withInput("[{\"loan\": {\"amount\": 5400000, \"monthsInArrears\": 99}}, {}]", Map.of(),
                "advise", "-", "--rules", "src/test/resources/rulesets/loop-when-asked");

        JsonNode answer = json(run.out());
        assertThat(answer.at("/results/0/status").asInt()).isEqualTo(500);
        assertThat(answer.at("/results/1/status").asInt()).isEqualTo(200);
        assertThat(answer.at("/summary/ERROR").asInt()).isEqualTo(1);
        assertThat(answer.at("/summary/INVALID").isMissingNode()).isTrue();
        assertThat(run.exit()).as("the rules failed, not the input").isEqualTo(1);
    }

    @Test
    void aRuleThatFailsOnOneCaseOfAnArrayIsThatCasesErrorAndTheOthersAreAnswered() {
        String cases = Stream.of("66666", "44444", "50000").map(income -> "{\"loan\": {\"amount\": 5400000}, "
                + "\"property\": {\"price\": 6000000}, \"borrower\": {\"monthlyIncome\": " + income + "}}")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        CliRun run = CliRun.withInput(cases, Map.of(), "advise", "-", "--rules",
                "src/test/resources/rulesets/fails-with-figures");

        JsonNode answer = json(run.out());
        assertThat(answer.at("/results/0/status").asInt()).isEqualTo(500);
        assertThat(answer.at("/results/1/status").asInt()).isEqualTo(500);
        assertThat(answer.at("/results/2/status").asInt()).isEqualTo(200);
        assertThat(answer.at("/summary/ERROR").asInt()).isEqualTo(2);
        assertThat(run.out() + run.err()).doesNotContain("66666", "44444", "Exception", "\tat ");
    }

    @Test
    void helpAndBadUsage() {
        assertThat(CliRun.of("pre-approve", "--help").out()).contains("POST /v1/pre-approval")
                .contains("verdict (a pre-approval) or ANSWERED (advice)");
        assertThat(CliRun.of("serve", "--help").out()).as("serve's own options, not every command's")
                .contains("--port").doesNotContain("check a rule directory");
        assertThat(CliRun.of("--help").out()).as("the jar's: the commands too").contains("--port", "check a rule directory");
        assertThat(CliRun.of("advise").exit()).isEqualTo(2);
        assertThat(CliRun.of("advise", "a.json", "b.json").exit()).isEqualTo(2);
    }
}

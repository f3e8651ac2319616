package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run reports every mistake: given a copy of the project's rules with a message left out of one catalogue and
 * a mistake of its own in a policy table or in another catalogue, when it is loaded, then both are reported; a
 * catalogue's own mistake is not reported twice over as the messages it then lacks.
 */
class MistakesReportedTogetherTest {

    @TempDir
    Path rules;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
    }

    @Test
    void aMissingMessageIsReportedBesideABadPolicyRow() throws IOException {
        removeLine("messages/zh-HK.properties", "RESERVE_ADEQUATE.message");
        replace("policy/regimes.csv", "2024-02-28,2024-02-28,50,40,", "2024-02-28,2024-02-30,50,40,");

        assertThat(problems()).extracting(p -> p.file() + ": " + p.message()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("policy/regimes.csv: ").contains("not a date"),
                p -> assertThat(p).startsWith("reserve.drl: ")
                        .contains("RESERVE_ADEQUATE.message is missing from messages/zh-HK.properties"));
    }

    @Test
    void aMissingMessageIsReportedBesideAnUnknownKeyInAnotherCatalogue() throws IOException {
        removeLine("messages/zh-HK.properties", "RESERVE_ADEQUATE.message");
        Files.writeString(rules.resolve("messages/en.properties"),
                Files.readString(rules.resolve("messages/en.properties")) + "TENOR_ABOVE_MAXIMUM.titel = typo\n");

        assertThat(problems()).extracting(p -> p.file() + ": " + p.message()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("messages/en.properties: ").contains("TENOR_ABOVE_MAXIMUM.titel"),
                p -> assertThat(p).startsWith("reserve.drl: ")
                        .contains("RESERVE_ADEQUATE.message is missing from messages/zh-HK.properties"));
    }

    @Test
    void aWrongMetadataValueIsReportedBesideAFileThatDoesNotParse() throws IOException {
        // Metadata values are otherwise read from the compiled rules, which a file that does not parse leaves unbuilt.
        replace("arrears.drl", "Loan( monthsInArrears == 1, $arrears", "Loan( monthsInArrers == 1, $arrears");
        replace("price.drl", "@code(PRICE_ABOVE_VALUATION) @category(PRICE) @severity(WARNING)",
                "@code(PRICE_ABOVE_VALUATION) @category(PRICE) @severity(WARNNG)");
        int severityLine = lineOf("price.drl", "    @code(PRICE_ABOVE_VALUATION) @category(PRICE) @severity(WARNNG)");

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line() + ": " + p.message())
                .satisfiesExactlyInAnyOrder(
                        p -> assertThat(p).startsWith("arrears.drl:14: ").contains("monthsInArrers"),
                        p -> assertThat(p).isEqualTo("price.drl:" + severityLine + ": rule \"Warn: price above the"
                                + " bank's valuation\": @severity WARNNG is not one of [INFO, WARNING, CRITICAL]"));
    }

    @Test
    void aWrongMetadataValueIsReportedOnceWhenEverythingElseCompiles() throws IOException {
        replace("price.drl", "@code(PRICE_ABOVE_VALUATION) @category(PRICE) @severity(WARNING)",
                "@code(PRICE_ABOVE_VALUATION) @category(PRICE) @severity(WARNNG)");

        assertThat(problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("@severity WARNNG is not one of"));
    }

    @Test
    void aMisspeltKeyIsOneProblemNotAlsoTheMessageItLeavesOut() throws IOException {
        replace("messages/en.properties", "RESERVE_ADEQUATE.title =", "RESERVE_ADEQUATE.titel =");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/en.properties");
            assertThat(problem.message()).contains("RESERVE_ADEQUATE.titel");
        });
    }

    @Test
    void aMissingMessageIsReportedBesideAnUnknownKeyInTheSameCatalogue() throws IOException {
        removeLine("messages/en.properties", "RESERVE_ADEQUATE.message");
        Files.writeString(rules.resolve("messages/en.properties"),
                Files.readString(rules.resolve("messages/en.properties")) + "TENOR_ABOVE_MAXIMUM.titel = typo\n");

        assertThat(problems()).extracting(p -> p.file() + ": " + p.message()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("messages/en.properties: ").contains("TENOR_ABOVE_MAXIMUM.titel"),
                p -> assertThat(p).startsWith("reserve.drl: ")
                        .contains("RESERVE_ADEQUATE.message is missing from messages/en.properties"));
    }

    @Test
    void aQuestionWithoutTextIsOneProblemNotAlsoAMissingQuestion() throws IOException {
        removeLine("messages/zh-CN.properties", "ask.loan.amount");
        Files.writeString(rules.resolve("messages/zh-CN.properties"),
                Files.readString(rules.resolve("messages/zh-CN.properties")) + "ask.loan.amount =\n");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/zh-CN.properties");
            assertThat(problem.message()).contains("ask.loan.amount");
        });
    }

    @Test
    void aTextLeftOutForItsMistakeHidesNoOtherMissingTextOfItsCode() throws IOException {
        removeLine("messages/zh-HK.properties", "DSR_ABOVE_CAP.title");
        Path catalogue = rules.resolve("messages/zh-HK.properties");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(catalogue));
        int everyUse = lines.indexOf(lines.stream().filter(l -> l.startsWith("DSR_ABOVE_CAP.everyUse.message"))
                .findFirst().orElseThrow());
        assertThat(lines.get(everyUse)).contains("{dsrCapPct}");
        lines.set(everyUse, lines.get(everyUse).replace("{dsrCapPct}", "{dsrCapPct"));
        Files.write(catalogue, lines);

        assertThat(problems()).extracting(p -> p.file() + ": " + p.message())
                .anySatisfy(p -> assertThat(p).startsWith("messages/zh-HK.properties: DSR_ABOVE_CAP.everyUse.message"))
                .anySatisfy(p -> assertThat(p).contains("DSR_ABOVE_CAP.title is missing from messages/zh-HK.properties"));
    }

    @Test
    void anActionNumberedPastAGapIsOneProblemAtItsLine() throws IOException {
        int line = lineOf("messages/en.properties", "LTV_ABOVE_SAFE_LEVEL.action.2");
        replace("messages/en.properties", "LTV_ABOVE_SAFE_LEVEL.action.2 =", "LTV_ABOVE_SAFE_LEVEL.action.3 =");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/en.properties");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains("LTV_ABOVE_SAFE_LEVEL.action.3 comes after no LTV_ABOVE_SAFE_LEVEL.action.2");
        });
    }

    @Test
    void anActionNumberedPastAnyListIsOneProblemAtItsLine() throws IOException {
        Files.writeString(rules.resolve("messages/en.properties"),
                Files.readString(rules.resolve("messages/en.properties")) + "RESERVE_ADEQUATE.action.99999999999 = Keep it.\n");
        int line = Files.readAllLines(rules.resolve("messages/en.properties")).size();

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("messages/en.properties:" + line);
            assertThat(problem.message()).contains("RESERVE_ADEQUATE.action.99999999999");
        });
    }

    @Test
    void anActionNumberedPastAGapInAnotherLanguageIsReportedThere() throws IOException {
        int line = lineOf("messages/zh-CN.properties", "LTV_ABOVE_SAFE_LEVEL.action.2");
        replace("messages/zh-CN.properties", "LTV_ABOVE_SAFE_LEVEL.action.2 =", "LTV_ABOVE_SAFE_LEVEL.action.5 =");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/zh-CN.properties");
            assertThat(problem.line()).isEqualTo(line);
        });
    }

    @Test
    void aRuleFileRemovedIsReportedWhereTheOthersWaitForWhatItMade() throws IOException {
        // regime.drl works out which regime applies; without it no limit could ever be checked, and every loan passed.
        Files.delete(rules.resolve("regime.drl"));
        int firstWait = lineOf("policy-limits.drl", "    AppliedRegime(");

        List<RuleProblem> problems = problems();

        // And the texts of the file's own variants (an owner's REGIME_NOT_COVERED) are left to no rule.
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem.message())
                .containsPattern("no rule inserts the fact [A-Z]\\w* and no request brings it"
                        + "|^REGIME_NOT_COVERED\\.drawn\\.[a-z.1]+ belongs to no rule"));
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("policy-limits.drl");
            assertThat(problem.line()).isEqualTo(firstWait);
            assertThat(problem.message()).contains("no rule inserts the fact AppliedRegime", "can never fire");
        });
    }

    @Test
    void aRuleThatMatchesAnInterfaceTheInsertedFactsImplementLoads() throws IOException, RuleSetException {
        // No consequence names WaitsForFacts; the facts that implement it are inserted under their own names.
        Files.writeString(rules.resolve("verdict.drl"), Files.readString(rules.resolve("verdict.drl")) + """

                rule "Probe: nothing waits for a fact"
                    salience -100
                when
                    not hk.negequity.facts.WaitsForFacts()
                then
                end
                """);

        assertThat(new RuleSetLoader(Clock.systemUTC()).load(rules).ruleCount()).isPositive();
    }

    @Test
    void bytesThatAreNotUtf8InARuleFileAreOneProblemNotAlsoTheParsersWords() throws IOException {
        Path file = rules.resolve("price.drl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        int line = lines.size() - 1;
        byte[] before = String.join("\n", lines.subList(0, line - 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] after = ("\n" + lines.get(line - 1) + " ").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] rest = ("\n" + String.join("\n", lines.subList(line, lines.size())) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(before);
        bytes.write(after);
        bytes.write(new byte[] {(byte) 0xff, (byte) 0xfe});
        bytes.write(rest);
        Files.write(file, bytes.toByteArray());

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("price.drl:" + line);
            assertThat(problem.message()).contains("not valid UTF-8");
        });
    }

    private int lineOf(String file, String keyStart) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(keyStart)) {
                return i + 1;
            }
        }
        throw new AssertionError(keyStart + " is not in " + file);
    }

    private void removeLine(String file, String keyStart) throws IOException {
        Path path = rules.resolve(file);
        List<String> lines = Files.readAllLines(path);
        assertThat(lines.removeIf(line -> line.startsWith(keyStart))).isTrue();
        Files.write(path, lines);
    }

    private void replace(String file, String text, String with) throws IOException {
        Path path = rules.resolve(file);
        String content = Files.readString(path);
        assertThat(content).contains(text);
        Files.writeString(path, content.replace(text, with));
    }

    private List<RuleProblem> problems() {
        return LoadProblems.of(rules);
    }
}

package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's slips that would otherwise load and quietly change what a borrower is told (an owner given a
 * buyer's wording, one language falling back to another's text) are reported at their file and line, in the rule
 * author's words: no Java class name.
 */
class RuleMetadataMistakesTest {

    @TempDir
    Path rules;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
    }

    @Test
    void aMisspeltMetadataKeyIsReportedAtItsLine() throws IOException {
        int line = replaceFirst("ltv.drl", "@variant(drawn)", "@varient(drawn)");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("ltv.drl:" + line);
            assertThat(problem.message()).contains("@varient is not metadata the rules read");
        });
    }

    /**
     * A wrong value on a rule that has a wording of its own is one mistake: its catalogue texts still belong to a rule
     * (reported once, at the value's own line, not as texts of no rule in every language).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "@variant(agreed) @category(PRICE) @severity(WARNIN), @severity WARNIN is not one of",
            "@variant(agreed) @category(PRCE) @severity(WARNING), @category PRCE is not one of"})
    void aWrongValueOnARuleWithAVariantIsOneProblemAtItsLine(String written, String says) throws IOException {
        int line = replaceFirst("price.drl", "@variant(agreed) @category(PRICE) @severity(WARNING)", written);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("price.drl:" + line);
            assertThat(problem.message()).containsIgnoringCase(says);
        });
    }

    @Test
    void aMetadataKeyGivenTwiceIsReported() throws IOException {
        int line = replaceFirst("price.drl", "@severity(WARNING)", "@severity(WARNING) @severity(CRITICAL)");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("price.drl:" + line);
            assertThat(problem.message()).contains("@severity is given more than once");
        });
    }

    @Test
    void aCodeWithTwoCategoriesIsReportedAtTheSecond() throws IOException {
        replaceFirst("price.drl", "@category(PRICE)", "@category(LTV)");

        // The code's other rules (its other wordings: a price agreed, an owner's two) are each reported where they say PRICE.
        assertThat(problems()).hasSize(3).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("price.drl");
            assertThat(problem.message()).contains("PRICE_ABOVE_VALUATION is @category(PRICE) here but @category(LTV)",
                    "a code has one category");
        });
    }

    @Test
    void aRuleNameDeclaredAgainInAnotherPackageIsReportedAtBoth() throws IOException {
        Files.createDirectories(rules.resolve("old"));
        String price = Files.readString(rules.resolve("price.drl"));
        Files.writeString(rules.resolve("old/price.drl"), price.replaceFirst("package [\\w.]+", "package hk.negequity.rules.old"));

        int first = Files.readAllLines(rules.resolve("price.drl")).indexOf("rule \"Warn: price above the bank's valuation\"") + 1;
        assertThat(problems()).extracting(p -> p.file() + ":" + p.line())
                .contains("price.drl:" + first, "old/price.drl:" + first);
        assertThat(problems()).allSatisfy(p -> assertThat(p.message()).startsWith("Duplicate rule name: "));
    }

    @Test
    void aVariantsTextMissingInOneLanguageIsReportedForThatLanguage() throws IOException {
        Path zhHk = rules.resolve("messages/zh-HK.properties");
        Files.write(zhHk, Files.readAllLines(zhHk).stream()
                .filter(l -> !l.startsWith("LTV_ABOVE_SAFE_LEVEL.drawn.message")).toList());

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/zh-HK.properties");
            assertThat(problem.message()).startsWith("LTV_ABOVE_SAFE_LEVEL.drawn.message is missing: messages/en.properties:");
        });
    }

    @Test
    void anEscapeInACatalogueIsReportedNotShownAsWritten() throws IOException {
        Path zhHk = rules.resolve("messages/zh-HK.properties");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(zhHk));
        int index = lines.indexOf(lines.stream().filter(l -> l.startsWith("PRICE_ABOVE_VALUATION.title")).findFirst()
                .orElseThrow());
        lines.set(index, "PRICE_ABOVE_VALUATION.title = \\u8cb7\\u5165\\u50f9");
        Files.write(zhHk, lines);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("messages/zh-HK.properties:" + (index + 1));
            assertThat(problem.message()).contains("backslash escape", "\\u8cb7", "write the character itself");
        });
    }

    @Test
    void aCategoryWrittenInOtherCaseOrQuotedIsTheSameCategory() throws IOException, RuleSetException {
        replaceFirst("price.drl", "@category(PRICE)", "@category(price)");
        replaceFirst("price.drl", "@category(PRICE)", "@category(\"PRICE\")");

        assertThat(new RuleSetLoader(Clock.systemUTC()).load(rules).ruleCount()).isGreaterThan(100);
    }

    @Test
    void aQuotedCodeWithAnotherCategoryIsStillTwoCategories() throws IOException {
        replaceFirst("price.drl", "@code(PRICE_ABOVE_VALUATION) @category(PRICE)",
                "@code(\"PRICE_ABOVE_VALUATION\") @category(LTV)");

        assertThat(problems()).hasSize(3).allSatisfy(problem ->
                assertThat(problem.message()).contains("a code has one category"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\\u8cb7", "\\n", "\\t", "ratio\\: 50%", "\\"})
    void aBackslashInACatalogueTextIsReported(String written) throws IOException {
        Path en = rules.resolve("messages/en.properties");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(en));
        int index = lines.indexOf(lines.stream().filter(l -> l.startsWith("TENOR_ABOVE_MAXIMUM.title")).findFirst()
                .orElseThrow());
        lines.set(index, lines.get(index) + " " + written);
        Files.write(en, lines);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("messages/en.properties:" + (index + 1));
            assertThat(problem.message()).contains("backslash");
        });
    }

    @Test
    void aMisspeltMethodOrConstantIsReportedByItsTypesOwnName() throws IOException {
        replaceFirst("reserve.drl", "outgoingsOver(", "outgoingsOverr(");
        replaceFirst("scheme.drl", "Scheme.MORTGAGE_INSURANCE", "Scheme.MORTGAGE_INSURANC");

        assertThat(problems()).hasSize(2).allSatisfy(p -> assertThat(p.message()).doesNotContain("hk.negequity"))
                .anySatisfy(p -> assertThat(p.message()).contains("outgoingsOverr on Figures"))
                .anySatisfy(p -> assertThat(p.message()).contains("MORTGAGE_INSURANC on Scheme"));
    }

    @Test
    void aRuleFileSavedWithAByteOrderMarkLoads() throws IOException, RuleSetException {
        Path ltv = rules.resolve("ltv.drl");
        byte[] text = Files.readAllBytes(ltv);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        Files.write(ltv, marked);

        RuleSet loaded = new RuleSetLoader(Clock.systemUTC()).load(rules);
        assertThat(loaded.ruleCount()).isGreaterThan(100);
    }

    @Test
    void aFileTooLargeIsReportedAtThatFile() throws IOException {
        Files.write(rules.resolve("dump.drl"), new byte[(int) RuleFiles.MOST_BYTES + 1]);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("dump.drl");
            assertThat(problem.message()).contains("cannot read", "bytes");
        });
    }

    @Test
    void verdictRulesThatLeaveACaseWithoutAVerdictAreRefusedAsTheyLoad() throws IOException {
        // The PASS rule deleted: every clean pre-approval would have failed, after check and a reload had said OK.
        Path verdicts = rules.resolve("verdict.drl");
        String text = Files.readString(verdicts);
        int start = text.indexOf("rule \"Verdict: PASS");
        assertThat(start).isNotNegative();
        Files.writeString(verdicts, text.substring(0, start) + text.substring(text.indexOf("\nend", start) + 4));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("verdict.drl");
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).contains("gets 0 verdicts", "exactly one");
        });
    }

    /** Replaces the first {@code from} in a rule file; the line it was on. */
    private int replaceFirst(String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertThat(at).as("%s in %s", from, file).isNotNegative();
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).lines().count() + (text.substring(0, at).endsWith("\n") ? 1 : 0);
    }

    private List<RuleProblem> problems() {
        return LoadProblems.of(rules);
    }
}

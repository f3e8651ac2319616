package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.BundledRuleSet;
import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check}: every problem of a rule directory by file and line, exit 1; or OK with the version, exit 0. */
class CheckCommandTest {

    private static final String FIXTURES = "src/test/resources/rulesets/";

    @Test
    void theProjectsOwnRulesPass() {
        CliRun run = CliRun.of("check", "rules");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("rules: OK, " + BundledRuleSet.get().ruleCount() + " rules")
                .contains("rulesetVersion " + BundledRuleSet.get().version());
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}:{2}")
    @CsvSource(delimiter = '|', value = {
            "syntax-error       | ltv.drl                  | 9  | mismatched input '$ltv'",
            "unknown-field      | ltv.drl                  | 10 | loanToValue",
            // A file that does not parse does not hide a mistake in another.
            "syntax-error-and-unknown-field | ltv.drl      | 9  | mismatched input '$ltv'",
            "syntax-error-and-unknown-field | price.drl    | 10 | loanToValue",
            "unknown-type       | ltv.drl                  | 9  | Figurez",
            "text-threshold     | ltv.drl                  | 10 | abc cannot be resolved",
            "consequence-syntax | ltv.drl                  | 13 | Unable to parse consequence",
            "consequence-error  | ltv.drl                  | 11 | noSuchMethod() is undefined",
            "missing-message    | ltv.drl                  | 6  | TEST_HIGH_LTV.message is missing from messages/en.properties",
            "orphan-message     | messages/en.properties   | 3  | TEST_NO_SUCH_RULE.title belongs to no rule",
            "missing-metadata   | ltv.drl                  | 6  | needs @code, @category, @severity and @source metadata; it lacks @source",
            "empty-rule-file    | price.drl                | 1  | the file declares no rule (is it empty?)",
            "missing-question   | ltv.drl                  | 6  | needs property.price: ask.property.price is missing from messages/zh-HK.properties",
            "overlapping-policy | policy/regimes.csv       | 3  | regime second overlaps regime first",
            "overlapping-policy | policy/ltv-caps.csv      | 3  | overlaps the band up to 30000000",
            "open-band-overlap  | policy/ltv-caps.csv      | 3  | the band above 25000000 overlaps a band with no upper limit",
            "overlapping-policy | policy/mip-versions.csv  | 3  | MIP version second overlaps first: both apply to completed flats from 2023-07-07",
            "overlapping-policy | policy/special-schemes.csv | 3 | special scheme second overlaps first: both take agreements from 2022-06-01 to 2023-12-31",
            "bad-policy-date    | policy/regimes.csv       | 2  | not a date written YYYY-MM-DD: 2024-02-30",
            "broken-placeholder | messages/en.properties   | 2  | TEST_HIGH_LTV.message has a brace that is not part of a {figureName}",
            "unclosed-optional-part | messages/en.properties | 2 | TEST_HIGH_LTV.message has a '[' without its ']'",
            "missing-catalogue  | messages/zh-CN.properties | 0 | the zh-CN message catalogue is missing",
            "not-utf8           | messages/zh-HK.properties | 1 | the file is not valid UTF-8 here; save it as UTF-8",
            "duplicate-rule     | ltv.drl                  | 6  | Duplicate rule name: Warn: loan above 80%",
            "duplicate-rule     | old/ltv.drl              | 9  | Duplicate rule name: Warn: loan above 80%",
    })
    void eachProblemIsReportedAsFileLineMessage(String fixture, String file, int line, String message) {
        CliRun run = CliRun.of("check", FIXTURES + fixture);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).anySatisfy(printed ->
                assertThat(printed).startsWith(FIXTURES + fixture + "/" + file + (line > 0 ? ":" + line : "") + ": ").contains(message));
        assertThat(run.out()).contains("the service would not load these rules");
        assertThat(run.err()).as("the problems are the command's output").isEmpty();
    }

    @Test
    void aGenericGlobalInAFileThatDoesNotParseStillServesTheOthers() {
        CliRun run = CliRun.of("check", FIXTURES + "generic-global-in-broken-file");

        assertThat(run.out().lines().filter(l -> l.contains(".drl:"))).singleElement()
                .satisfies(line -> assertThat(line).startsWith(FIXTURES + "generic-global-in-broken-file/notes.drl:"));
    }

    @Test
    void everyProblemIsReportedInOneRunNotJustTheFirst() {
        CliRun run = CliRun.of("check", FIXTURES + "overlapping-policy");

        assertThat(run.out().lines().filter(l -> l.contains(".csv:"))).hasSize(4);
    }

    @Test
    void aBandAfterAnOpenEndedOneIsOneProblemNotACrash() {
        CliRun run = CliRun.of("check", FIXTURES + "open-band-overlap");

        assertThat(run.out().lines().filter(l -> l.contains(FIXTURES))).containsExactly(
                FIXTURES + "open-band-overlap/policy/ltv-caps.csv:3: first SELF_USE: the band above 25000000 overlaps"
                        + " a band with no upper limit",
                FIXTURES + "open-band-overlap: 1 problem(s); the service would not load these rules");
    }

    @Test
    void anUndefinedMethodIsReportedAtEachCallNotAtTheImportOfItsClass() {
        CliRun run = CliRun.of("check", FIXTURES + "unknown-method-twice");

        assertThat(run.out().lines().filter(l -> l.contains("off(")))
                .containsExactly(FIXTURES + "unknown-method-twice/ltv.drl:11: The method off(RuleContext, String, Double)"
                                + " is undefined for the type Advice",
                        FIXTURES + "unknown-method-twice/ltv.drl:19: The method off(RuleContext, String, Double)"
                                + " is undefined for the type Advice");
    }

    /**
     * A binding renamed in one rule leaves its uses there unresolved; the same name bound and used in another file's
     * rules is no mistake, and is not reported (it was: the first file to write the name was blamed too).
     */
    @ParameterizedTest(name = "{0} renamed at {1}:{2}: one problem, at {1}:{3}")
    @CsvSource({
            "$reserves, reserve.drl, 18, 23",
            "$amount,   ltv.drl,     17, 24",
    })
    void aBindingRenamedInOneRuleIsReportedThereAlone(String name, String file, int bindingLine, int useLine,
                                                     @TempDir Path copy) throws IOException {
        RuleCopies.copy(Path.of("rules"), copy);
        Path drl = copy.resolve(file);
        java.util.List<String> lines = Files.readAllLines(drl);
        assertThat(lines.get(bindingLine - 1)).contains(name + " :");
        lines.set(bindingLine - 1, lines.get(bindingLine - 1).replace(name + " :", name + "z :"));
        Files.write(drl, lines);

        CliRun run = CliRun.of("check", copy.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains(".drl:"))).containsExactly(
                copy.resolve(file) + ":" + useLine + ": " + name + " cannot be resolved to a variable");
    }

    /** A mistake in the rules' metadata does not hide a mistyped threshold in another file (it did until fixed). */
    @ParameterizedTest(name = "{0} in price.drl and an impossible bound in ltv.drl: both reported")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"@varient(x)", "@severity(INFO)"})
    void aMetadataMistakeAndAnImpossibleBoundAreReportedInOneRun(String metadata, @TempDir Path copy)
            throws IOException {
        RuleCopies.copy(Path.of("rules"), copy);
        Path ltv = copy.resolve("ltv.drl");
        Files.writeString(ltv, Files.readString(ltv).replaceFirst("ltvPct > 80, ltvPct < 90,", "ltvPct > 80, ltvPct < 9,"));
        Path price = copy.resolve("price.drl");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(price));
        assertThat(lines.get(18)).contains("@code(PRICE_ABOVE_VALUATION)");
        lines.set(18, lines.get(18) + " " + metadata);
        Files.write(price, lines);

        CliRun run = CliRun.of("check", copy.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains(".drl:")).toList())
                .anySatisfy(l -> assertThat(l).startsWith(copy.resolve("ltv.drl") + ":16: "))
                .anySatisfy(l -> assertThat(l).startsWith(copy.resolve("price.drl") + ":19: "));
    }

    @Test
    void aMissingDirectoryIsReported() {
        CliRun run = CliRun.of("check", FIXTURES + "no-such-directory");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith(FIXTURES + "no-such-directory: cannot read: rule directory not found");
    }

    @Test
    void aFileGivenForTheDirectoryIsReportedAsNoDirectory() {
        CliRun run = CliRun.of("check", FIXTURES + "minimal/ltv.drl");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith(FIXTURES + "minimal/ltv.drl: cannot read: not a directory");
    }

    @Test
    void helpExplainsTheCommand() {
        CliRun run = CliRun.of("check", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("usage: advisor check [DIR]", "file:line: message");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(CliRun.of("check", "a", "b").exit()).isEqualTo(2);
        assertThat(CliRun.of("check", "--frobnicate").exit()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").exit()).isEqualTo(2);
        assertThat(CliRun.of("help").out()).contains("pre-approve FILE|-");
    }
}

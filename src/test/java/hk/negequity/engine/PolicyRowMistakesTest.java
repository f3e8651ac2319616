package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.RuleCopies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A policy row that cannot be read is one problem, at its own line. Given a copy of the project's rules with one
 * bad row in a table other tables refer to, when it is loaded, then only that row is reported: not every band
 * naming its id, which is no mistake of theirs.
 */
class PolicyRowMistakesTest {

    @TempDir
    Path rules;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        RuleCopies.copy(Path.of("rules"), rules);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a regime with an impossible date | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40, | 2024-02-28,2024-02-30,50,40, | not a date",
            "a regime with a cell too few     | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40, | 2024-02-28,2024-02-28,50,    | cells, the header has",
            "a regime with a word for a cap   | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40, | 2024-02-28,2024-02-28,fifty,40, | not a number",
            "a MIP version with a bad date    | policy/mip-versions.csv | 2023-07-07,2023-07-07,2023-09-22, | 2023-07-07,2023-07-07,2023-09-31, | not a date",
            "a regime with a quote left open  | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40,false,,,,\"Official | 2024-02-28,2024-02-28,50,40,false,,,,\"Off\"icial | unbalanced quotes",
            // A date mistyped as another real date: the row reads well, and the regime chosen for a date changes.
            "a regime dated other than its id | policy/regimes.csv      | 2024-02-28,2024-02-28,50,40, | 2024-02-28,2023-07-01,50,40, | regime 2024-02-28 is in force from 2023-07-01",
            "a MIP version dated past its id  | policy/mip-versions.csv | 2022-02-23,2022-02-23,2022-02-23, | 2022-02-23,2032-02-23,2022-02-23, | MIP version 2022-02-23 is for completed flats from 2032-02-23",
            "a MIP version's uncompleted date out of order | policy/mip-versions.csv | 2023-07-07,2023-07-07,2023-09-22, | 2023-07-07,2023-07-07,2021-09-22, | uncompleted flats from 2021-09-22, before the row above it",
            // A band left out for its own mistake is not also a gap between its neighbours.
            "an LTV band with a letter in a number | policy/ltv-caps.csv | 2024-02-28,SELF_USE,30000000,35000000,,21000000, | 2024-02-28,SELF_USE,3OOOOOOO,35000000,,21000000, | not a number",
            "an LTV band with a use misspelt       | policy/ltv-caps.csv | 2024-02-28,SELF_USE,30000000,35000000,,21000000, | 2024-02-28,SELF-USE,30000000,35000000,,21000000, | SELF_USE",
            "an LTV band with a cell too many      | policy/ltv-caps.csv | 2024-02-28,SELF_USE,30000000,35000000,,21000000, | 2024-02-28,SELF_USE,30000000,35000000,,,21000000, | cells",
            // A cap typed with a zero too many reads well, and turns a DECLINE into a pass on the LTV.
            "a loan cap above its band's values     | policy/ltv-caps.csv | 2024-02-28,SELF_USE,30000000,35000000,,21000000, | 2024-02-28,SELF_USE,30000000,35000000,,210000000, | loanCap 210000000 is above the band's lowest value, 30000000",
            "an HKMA table whose top band ends      | policy/ltv-caps.csv | 2024-10-16,SELF_USE,0,,70, | 2024-10-16,SELF_USE,0,50000000,70, | 2024-10-16 SELF_USE: no band covers values above 50000000"})
    void theBadRowIsTheOnlyProblem(String what, String file, String row, String bad, String message)
            throws IOException {
        Path table = rules.resolve(file);
        String text = Files.readString(table);
        assertThat(text).contains(row);
        Files.writeString(table, text.replace(row, bad));
        List<String> lines = Files.readAllLines(table);
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith(bad)).findFirst().orElseThrow()) + 1;

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo(file + ":" + line);
            assertThat(problem.message()).contains(message);
        });
    }

    @org.junit.jupiter.api.Test
    void regimesOutOfDateOrderAreOneProblemAtTheRowOutOfPlace() throws IOException {
        Path table = rules.resolve("policy/regimes.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(table));
        int earlier = lines.indexOf(lines.stream().filter(l -> l.startsWith("2023-07-07,")).findFirst().orElseThrow());
        int later = lines.indexOf(lines.stream().filter(l -> l.startsWith("2024-02-28,")).findFirst().orElseThrow());
        java.util.Collections.swap(lines, earlier, later);
        Files.write(table, lines);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file() + ":" + problem.line()).isEqualTo("policy/regimes.csv:" + (later + 1));
            assertThat(problem.message()).contains("regime 2023-07-07 is in force from 2023-07-07, before the row above"
                    + " it (2024-02-28)");
        });
    }

    @org.junit.jupiter.api.Test
    void aRegimeAddedWithoutItsBandsIsReportedAtItsRowForEachUse() throws IOException {
        Path regimes = rules.resolve("policy/regimes.csv");
        Files.writeString(regimes, Files.readString(regimes) + "2025-06-01,2025-06-01,50,50,false,,,,\"Test\"\n");
        int line = Files.readAllLines(regimes).size();

        assertThat(problems()).extracting(p -> p.file() + ":" + p.line() + ": " + p.message()).containsExactly(
                "policy/regimes.csv:" + line + ": regime 2025-06-01 has no band for SELF_USE in policy/ltv-caps.csv",
                "policy/regimes.csv:" + line + ": regime 2025-06-01 has no band for NON_SELF_USE in policy/ltv-caps.csv");
    }

    private List<RuleProblem> problems() {
        return LoadProblems.of(rules);
    }
}

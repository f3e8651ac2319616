package hk.negequity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The ablation benchmark leaves out each bundled rule file in turn, and only that file. */
class RuleFileAblationTest {

    private static final Path RULES = Path.of("rules");

    @Test
    void itsListIsEveryRuleFileOfTheFolderAndNone() throws Exception {
        List<String> listed = List.of(RuleFileAblationBenchmark.class.getField("leftOut").getAnnotation(Param.class).value());
        List<String> files;
        try (Stream<Path> drl = Files.list(RULES)) {
            files = drl.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .map(n -> n.substring(0, n.length() - ".drl".length())).toList();
        }

        assertThat(listed).first().isEqualTo(RuleFileAblationBenchmark.NONE);
        assertThat(listed.subList(1, listed.size())).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void leavingOutAFileLeavesOutItsRulesOnly() throws Exception {
        int all = RuleFileAblationBenchmark.without(RULES, RuleFileAblationBenchmark.NONE)
                .getKiePackage("hk.negequity.rules").getRules().size();
        int withoutRegime = RuleFileAblationBenchmark.without(RULES, "regime")
                .getKiePackage("hk.negequity.rules").getRules().size();
        long regimeRules = Files.readAllLines(RULES.resolve("regime.drl")).stream().filter(l -> l.startsWith("rule ")).count();

        assertThat(withoutRegime).isEqualTo(all - regimeRules);
    }

    @Test
    void anUnknownFileIsRefused() {
        assertThatThrownBy(() -> RuleFileAblationBenchmark.without(RULES, "no-such-file"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-file.drl");
    }
}

package hk.negequity.ops;

import static org.assertj.core.api.Assertions.assertThat;

import hk.negequity.Borrowers;
import hk.negequity.BundledRuleSet;
import hk.negequity.engine.RuleSet;
import hk.negequity.engine.RuleSetLoader;
import hk.negequity.facts.Advice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The advice counters of the rules in service are there at zero; once other rules are in service, the zeros of
 * the old ones go (a rule directory edited all day must not grow the scrape without end), what they counted stays.
 */
class MetricsTest {

    @Test
    void theZerosOfRulesNoLongerInServiceGoAndWhatTheyCountedStays() throws Exception {
        RuleSet bundled = BundledRuleSet.get();
        RuleSet minimal = new RuleSetLoader(Clock.systemUTC()).load(Path.of("src/test/resources/rulesets/minimal"));
        Metrics metrics = new Metrics();

        String first = metrics.scrape(bundled);
        assertThat(first).contains("code=\"LTV_WITHIN_SAFE_LEVEL\",ruleset_version=\"" + bundled.version() + "\"");
        Advice given = BundledRuleSet.evaluate(Borrowers.buyer(5_400_000)).advice().get(0);
        metrics.evaluated("advice", bundled.version(), 1_000, List.of(given));

        String second = metrics.scrape(minimal);

        assertThat(second).contains("advisor_advice_total{code=\"TEST_HIGH_LTV\",ruleset_version=\"" + minimal.version()
                + "\",severity=\"WARNING\"} 0.0");
        assertThat(second).contains("advisor_advice_total{code=\"" + given.code() + "\",ruleset_version=\""
                + bundled.version() + "\",severity=\"" + given.severity() + "\"} 1.0");
        assertThat(second.lines().filter(l -> l.startsWith("advisor_") && l.contains(bundled.version())))
                .as("of the old rules, only what counted something")
                .allSatisfy(sample -> assertThat(sample).doesNotEndWith(" 0.0").doesNotEndWith(" 0"));
        assertThat(second).contains("advisor_evaluation_seconds_count{kind=\"advice\",ruleset_version=\""
                + bundled.version() + "\"} 1");
    }
}

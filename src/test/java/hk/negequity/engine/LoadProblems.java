package hk.negequity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** What loading a broken copy of the rules reports: the tests of each kind of mistake read it alike. */
final class LoadProblems {

    private LoadProblems() {
    }

    /** The problems the loader reports for {@code rules}, which must not load. */
    static List<RuleProblem> of(Path rules) {
        Throwable thrown = catchThrowable(() -> new RuleSetLoader(Clock.systemUTC()).load(rules));
        assertThat(thrown).as("the broken rules must not load").isInstanceOf(RuleSetException.class);
        return ((RuleSetException) thrown).problems();
    }
}

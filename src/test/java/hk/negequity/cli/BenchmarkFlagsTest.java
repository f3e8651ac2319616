package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The benchmarks start the service as the README does: what they measure is what a newcomer runs. */
class BenchmarkFlagsTest {

    private static final Pattern README_START = Pattern.compile("&& java (.+?) -jar target/advisor\\.jar\\n");
    private static final Pattern BENCH_START = Pattern.compile("START_FLAGS=\\((.+?) \\$\\{JAVA_OPTS:-}\\)");

    @Test
    void theBenchmarksStartTheServiceWithTheReadmesFlags() throws IOException {
        List<String> readme = flags(README_START, Files.readString(Path.of("README.md")));
        List<String> bench = flags(BENCH_START, Files.readString(Path.of("bench/common.sh")));

        assertThat(bench).isEqualTo(readme).contains("-XX:SharedArchiveFile=target/advisor.jsa");
    }

    private static List<String> flags(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the file", pattern).isTrue();
        return List.of(matcher.group(1).split(" +"));
    }
}

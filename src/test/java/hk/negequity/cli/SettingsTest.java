package hk.negequity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each setting from its flag, else its environment variable, else the default. */
class SettingsTest {

    private static Settings settings(String flag, String variable) throws Options.UsageException {
        String[] args = flag == null ? new String[0] : new String[] {"--admin-token", flag};
        Map<String, String> env = variable == null ? Map.of() : Map.of("ADVISOR_ADMIN_TOKEN", variable);
        return Settings.from(ServeCommand.options(args), env);
    }

    @ParameterizedTest(name = "flag {0}, environment {1}: token {2}")
    @CsvSource(nullValues = "none", value = {
            "none,  none,  none",
            "none,  '',    none",
            "none,  token-from-the-env, token-from-the-env",
            "token-from-the-flag, none, token-from-the-flag",
            "token-from-the-flag, token-from-the-env, token-from-the-flag",
            "'',    token-from-the-env, token-from-the-env",
            "none,  sixteen-chars-ok, sixteen-chars-ok",
    })
    void theAdminTokenComesFromTheFlagElseTheEnvironment(String flag, String variable, String token)
            throws Options.UsageException {
        Settings settings = settings(flag, variable);

        assertThat(settings.adminToken()).isEqualTo(token);
        assertThat(settings.http().adminToken()).isEqualTo(token);
        assertThat(settings.describe()).contains("adminToken=" + (token == null ? "off" : "set"))
                .doesNotContain("token-from");
    }

    @ParameterizedTest(name = "flag [{0}], environment [{1}]: {2}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "none | '   ' | is only spaces",
            "'  ' | none  | is only spaces",
            "none | 'token-from-a-file\n' | begins or ends with spaces",
            "' token-from-the-flag' | none | begins or ends with spaces",
            "none | fifteen-chars-x | is shorter than 16 characters",
            "tiny-flag | token-from-the-env | is shorter than 16 characters",
    })
    void anAdminTokenThatCannotBeMeantIsRefusedWithoutEchoingIt(String flag, String variable, String mistake) {
        String unescaped = variable == null ? null : variable.replace("\\n", "\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings(flag, unescaped))
                .isInstanceOf(Options.UsageException.class)
                .hasMessageStartingWith("--admin-token (ADVISOR_ADMIN_TOKEN) " + mistake + "; give at least 16")
                .hasMessageNotContaining("token-from")
                .hasMessageNotContaining("fifteen")
                .hasMessageNotContaining("tiny-flag");
    }

    @ParameterizedTest(name = "flag {0}, environment {1}")
    @CsvSource(nullValues = "none", value = {"xml, none", "none, xml"})
    void aLogFormatNotKnownIsRefusedNamingTheFlagAndTheVariable(String flag, String variable) {
        String[] args = flag == null ? new String[0] : new String[] {"--log-format", flag};
        Map<String, String> env = variable == null ? Map.of() : Map.of("ADVISOR_LOG_FORMAT", variable);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.from(ServeCommand.options(args), env))
                .isInstanceOf(Options.UsageException.class)
                .hasMessage("--log-format (ADVISOR_LOG_FORMAT) must be plain or json, not xml");
    }

    @org.junit.jupiter.api.Test
    void anOptionGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServeCommand.options(
                        new String[] {"--port", "7302", "--port", "7303"}))
                .isInstanceOf(Options.UsageException.class)
                .hasMessage("--port is given more than once; give it once");
    }
}

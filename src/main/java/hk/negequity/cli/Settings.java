package hk.negequity.cli;

import hk.negequity.engine.RuleEngine;
import hk.negequity.http.HttpSettings;
import hk.negequity.ops.LogFormat;
import java.util.Map;
import java.util.Objects;

/**
 * How the service runs, from flags, else the environment, else defaults. {@link #describe()} prints them
 * once at start-up, the admin token only as set or not.
 */
record Settings(int port, String rules, boolean watch, String adminToken, long maxBodyBytes, long maxBatchBodyBytes,
                LogFormat logFormat, int firingLimit, long shutdownGraceMillis, int maxHeaderBytes,
                long idleTimeoutMillis) {

    static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    static Settings from(Options options, Map<String, String> env) throws Options.UsageException {
        return new Settings(
                (int) number(options, env, "--port", "PORT", 7070, 0, 65_535),
                first(options.value("--rules"), env.get(RuleDirectories.ENV)),
                options.has("--watch") || bool(env, "ADVISOR_WATCH"),
                // An empty flag is no token: the environment's, if any, stands.
                adminToken(Objects.requireNonNullElse(emptyToNull(options.value("--admin-token")),
                        env.getOrDefault("ADVISOR_ADMIN_TOKEN", ""))),
                number(options, env, "--max-body-bytes", "ADVISOR_MAX_BODY_BYTES", HttpSettings.DEFAULT_MAX_BODY_BYTES,
                        1_024, 64L * 1024 * 1024),
                number(options, env, "--max-batch-body-bytes", "ADVISOR_MAX_BATCH_BODY_BYTES",
                        HttpSettings.DEFAULT_MAX_BATCH_BODY_BYTES, 1_024, 256L * 1024 * 1024),
                logFormat(first(options.value("--log-format"), env.get("ADVISOR_LOG_FORMAT"))),
                (int) number(options, env, "--firing-limit", "ADVISOR_FIRING_LIMIT", RuleEngine.DEFAULT_FIRING_LIMIT,
                        10, 1_000_000),
                number(options, env, "--shutdown-grace-ms", "ADVISOR_SHUTDOWN_GRACE_MS",
                        HttpSettings.DEFAULT_SHUTDOWN_GRACE_MILLIS, 0, 600_000),
                (int) number(options, env, "--max-header-bytes", "ADVISOR_MAX_HEADER_BYTES",
                        HttpSettings.DEFAULT_MAX_HEADER_BYTES, 1_024, 1024 * 1024),
                number(options, env, "--idle-timeout-ms", "ADVISOR_IDLE_TIMEOUT_MS",
                        HttpSettings.DEFAULT_IDLE_TIMEOUT_MILLIS, 100, 3_600_000));
    }

    HttpSettings http() {
        return new HttpSettings(maxBodyBytes, maxBatchBodyBytes, adminToken, shutdownGraceMillis, maxHeaderBytes,
                idleTimeoutMillis);
    }

    String describe() {
        return "port=" + port + " rules=" + (rules == null ? "bundled" : rules) + " watch=" + watch
                + " adminToken=" + (adminToken == null ? "off" : "set") + " maxBodyBytes=" + maxBodyBytes
                + " maxBatchBodyBytes=" + maxBatchBodyBytes + " logFormat=" + logFormat.name().toLowerCase()
                + " firingLimit=" + firingLimit + " shutdownGraceMs=" + shutdownGraceMillis + " maxHeaderBytes="
                + maxHeaderBytes + " idleTimeoutMs=" + idleTimeoutMillis;
    }

    private static long number(Options options, Map<String, String> env, String flag, String variable, long fallback,
                               long min, long max) throws Options.UsageException {
        String text = first(options.value(flag), env.get(variable));
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Options.UsageException(flag + " (" + variable + ") must be a whole number from " + min + " to "
                    + max + ", not " + text);
        }
    }

    /** true or false (any case); absent or blank is false; anything else is a mistake, not a silent "off". */
    private static boolean bool(Map<String, String> env, String variable) throws Options.UsageException {
        String text = blankToNull(env.get(variable));
        if (text == null || text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new Options.UsageException(variable + " must be true or false, not " + text);
    }

    private static LogFormat logFormat(String text) throws Options.UsageException {
        try {
            return LogFormat.of(text);
        } catch (IllegalArgumentException e) {
            // Named as every other setting's mistake is: by the flag and the variable that set it.
            throw new Options.UsageException("--log-format (ADVISOR_LOG_FORMAT) must be plain or json, not " + text);
        }
    }

    /**
     * Empty or unset: the admin routes are off. Anything else must be usable as the token it looks like: a
     * value of spaces, or one with spaces at an end (a file read with its newline), would otherwise turn the
     * routes off or never match what a client sends, and a short one can be guessed.
     */
    private static String adminToken(String text) throws Options.UsageException {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String mistake = text.isBlank() ? "is only spaces"
                : !text.strip().equals(text) ? "begins or ends with spaces"
                : text.length() < MIN_ADMIN_TOKEN_LENGTH ? "is shorter than " + MIN_ADMIN_TOKEN_LENGTH + " characters"
                : null;
        if (mistake != null) {
            // The token itself is never echoed, not even a wrong one.
            throw new Options.UsageException("--admin-token (ADVISOR_ADMIN_TOKEN) " + mistake
                    + "; give at least " + MIN_ADMIN_TOKEN_LENGTH + " characters without spaces at either end"
                    + " (e.g. openssl rand -hex 24), or leave it unset to turn the admin routes off");
        }
        return text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String first(String a, String b) {
        return a != null ? a : blankToNull(b);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

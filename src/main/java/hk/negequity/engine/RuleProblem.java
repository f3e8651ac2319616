package hk.negequity.engine;

/**
 * A mistake found in a rule directory, located by file (relative to the directory) and line (1-based;
 * 0 when the mistake belongs to the file as a whole).
 */
public record RuleProblem(String file, int line, String message) {

    /** {@code file:line: message}, or {@code file: message} for the file as a whole, as compilers write them. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

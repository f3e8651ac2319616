package hk.negequity.engine;

/**
 * A mistake found in a rule directory, located by file (relative to the directory) and line (1-based;
 * 0 when the mistake belongs to the file as a whole).
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

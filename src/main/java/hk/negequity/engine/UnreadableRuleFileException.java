package hk.negequity.engine;

/** One file that cannot be read as part of a rule set (too large, a link to nothing): reported at that file, not at the directory. */
final class UnreadableRuleFileException extends java.io.IOException {

    private static final long serialVersionUID = 1L;
    private final String file;

    UnreadableRuleFileException(String file, String message) {
        super(message);
        this.file = file;
    }

    String file() {
        return file;
    }
}

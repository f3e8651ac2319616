package hk.negequity.engine;

/** One file too large to read: reported at that file, not at the directory. */
final class RuleFileTooLargeException extends java.io.IOException {

    private static final long serialVersionUID = 1L;
    private final String file;

    RuleFileTooLargeException(String file, String message) {
        super(message);
        this.file = file;
    }

    String file() {
        return file;
    }
}

package hk.negequity.engine;

/**
 * A rule failed as it was evaluated (an exception in a condition or a consequence, a recursion without end): a
 * fault of the rule files, not of the request. It names the rule being fired and, for the service's log, the
 * exceptions' classes and places; never their own messages, which can carry the borrower's figures ("For input
 * string: 66666.0").
 */
public final class RuleFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String what;

    private RuleFailedException(String what, String how) {
        super(what + ": " + how, null, false, false);
        this.what = what;
    }

    /** @param rule the rule being fired when it failed, or null where it failed while matching */
    static RuleFailedException of(String rule, Throwable failure) {
        return new RuleFailedException(rule == null ? "a rule failed while the facts were matched"
                : "rule \"" + rule + "\" failed as it fired", WithoutMessages.of(failure));
    }

    /** Which rule failed, without how: for a reader of the rules, not of the code (the command line's). */
    public String what() {
        return what;
    }
}

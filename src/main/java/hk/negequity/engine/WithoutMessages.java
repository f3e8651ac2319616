package hk.negequity.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure described for the log by its exceptions' classes and the places they were thrown, not by their
 * messages, which can carry a borrower's figures ("For input string: 66666.0") or a request's text.
 */
public final class WithoutMessages {

    private static final int MOST_CAUSES = 8;

    private WithoutMessages() {
    }

    public static String of(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < MOST_CAUSES; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement[] frames = t.getStackTrace();
            chain.add(t.getClass().getName() + (frames.length == 0 ? "" : " at " + frames[0]));
        }
        return String.join(", caused by ", chain);
    }
}

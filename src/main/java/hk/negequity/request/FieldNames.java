package hk.negequity.request;

import java.util.Collection;
import java.util.Locale;

/** Field names and paths: the known name nearest a misspelt one, and a JSON pointer written as a path. */
public final class FieldNames {

    /** A misspelling at most this far from a known name is offered as "did you mean". */
    private static final int FURTHEST_SUGGESTION = 2;

    private FieldNames() {
    }

    /** The known name nearest {@code name}, or null when none is close. */
    public static String nearest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = FURTHEST_SUGGESTION + 1;
        for (String candidate : known) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Converts a JSON pointer ({@code /0/loan/amount}) to a field path ({@code [0].loan.amount}). */
    static String pathOf(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.replace(0, path.length(), child(path.toString(), name));
            }
        }
        return path.toString();
    }

    /**
     * The path of a field of {@code parent}: {@code loan.amount}; a name that is not a plain identifier (a
     * client's unknown {@code "a.b"}, or {@code ""}) in brackets and quotes, {@code loan["a.b"]}, so that the
     * path still says exactly where it is and {@link Violation#pointer()} can be worked out from it.
     */
    static String child(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
}

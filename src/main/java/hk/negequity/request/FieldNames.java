package hk.negequity.request;

import java.util.Collection;
import java.util.Locale;

/** Field names and paths: the known name nearest a misspelt one, and a JSON pointer written as a path. */
final class FieldNames {

    /** A misspelling at most this far from a known name is offered as "did you mean". */
    private static final int FURTHEST_SUGGESTION = 2;

    private FieldNames() {
    }

    /** The known name nearest {@code name}, or null when none is close. */
    static String nearest(String name, Collection<String> known) {
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
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}

package hk.negequity.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * A placeholder as it stands in a catalogue text: where (from its '{' to its '}'), which figure, the nouns of a
 * count ({@code {n|one|other}}, else null), and the bracketed part it is in (-1 for none). Found by a plain scan
 * that reads what {@link MessageText}'s documented pattern describes.
 */
record Placeholder(int start, int end, String name, String one, String other, int part) {

    /** The placeholders in order, by a plain scan rather than a pattern: this runs for every text of every answer. */
    static List<Placeholder> all(String text) {
        List<Placeholder> slots = new ArrayList<>(4);
        int part = -1;
        boolean inPart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                part++;
                inPart = true;
            } else if (c == ']') {
                inPart = false;
            } else if (c == '{') {
                Placeholder slot = at(text, i, inPart ? part : -1);
                if (slot != null) {
                    slots.add(slot);
                    i = slot.end();
                }
            }
        }
        return slots;
    }

    /** The placeholder the brace at {@code open} opens, as the documented pattern reads it; null where none. */
    static Placeholder at(String text, int open, int part) {
        int i = open + 1;
        if (i >= text.length() || !isAsciiLetter(text.charAt(i))) {
            return null;
        }
        while (i < text.length() && (isAsciiLetter(text.charAt(i)) || isAsciiDigit(text.charAt(i)))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '}') {
            return new Placeholder(open, i, text.substring(open + 1, i), null, null, part);
        }
        int bar = i < text.length() && text.charAt(i) == '|' ? nounEnd(text, i + 1, '|') : -1;
        int close = bar < 0 ? -1 : nounEnd(text, bar + 1, '}');
        return close < 0 ? null : new Placeholder(open, close, text.substring(open + 1, i), text.substring(i + 1, bar),
                text.substring(bar + 1, close), part);
    }

    /** Where a noun of one or more characters starting at {@code start} ends with {@code end}, or -1. */
    private static int nounEnd(String text, int start, char end) {
        int i = start;
        while (i < text.length() && "{}|[]".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i > start && i < text.length() && text.charAt(i) == end ? i : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

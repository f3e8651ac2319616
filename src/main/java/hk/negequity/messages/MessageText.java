package hk.negequity.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup of a catalogue text, and how a text is filled with one piece of advice's figures:
 * <ul>
 *   <li>{@code {figureName}} is the figure as a reader writes it (HK$24,248.41, 90%, 7 July 2023);</li>
 *   <li>{@code {figureName|one|other}} is a count with its noun: "1 instalment", "2 instalments";</li>
 *   <li>a part in {@code [brackets]} is shown only when every figure it names is known, so that a sentence about
 *       a figure the rule could not work out is left out rather than shown with a dash.</li>
 * </ul>
 * Amounts are shown to the cent; where two amounts of one text differ but would read alike ("repayments of
 * HK$10,000 ... above the cap of HK$10,000"), both keep the places that tell them apart (HK$9,999.995).
 */
public final class MessageText {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{([A-Za-z][A-Za-z0-9]*)(?:\\|[^{}|\\[\\]]+\\|[^{}|\\[\\]]+)?}");
    /** What a figure the advice lacks reads as, outside brackets. */
    static final String UNKNOWN = "—";

    private MessageText() {
    }

    /** The figure names a text refers to, in order of appearance. */
    public static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** What is wrong with a text's markup, or null when nothing is: else it would reach the reader as written. */
    static String problem(String text) {
        String rest = PLACEHOLDER.matcher(text).replaceAll("\u0000");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            return "has a brace that is not part of a {figureName} or {count|one|other} placeholder";
        }
        int open = -1;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '[' && open >= 0) {
                return "has a '[' inside another: optional parts do not nest";
            } else if (c == '[') {
                open = i;
            } else if (c == ']' && open < 0) {
                return "has a ']' without its '['";
            } else if (c == ']') {
                if (rest.substring(open, i).indexOf('\u0000') < 0) {
                    return "has a part in [brackets] that names no figure: it would always show";
                }
                open = -1;
            }
        }
        return open >= 0 ? "has a '[' without its ']'" : null;
    }

    /** Fills a text checked by {@link #problem}; a figure the advice lacks, outside brackets, shows as a dash. */
    public static String fill(String text, Map<String, Object> figures, FigureFormatter formatter) {
        // Every bracketed part names a figure, so a text without placeholders has no markup at all.
        if (text.indexOf('{') < 0) {
            return text;
        }
        String asItGoes = fillAsItGoes(text, figures, formatter);
        return asItGoes != null ? asItGoes : CarefulFill.fill(text, figures, formatter);
    }

    /**
     * The common case in one pass, each figure appended as it is read and a bracketed part dropped once a figure in
     * it is unknown; null where two amounts read alike, which the careful fill tells apart. This runs for every text
     * of every answer: it allocates no more than the text it makes.
     */
    private static String fillAsItGoes(String text, Map<String, Object> figures, FigureFormatter formatter) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int partStart = -1;
        boolean partKnown = true;
        long[] amounts = null; // where each amount's reading stands in out: start << 32 | end
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Placeholder slot = c == '{' ? Placeholder.at(text, i, -1) : null;
            if (slot != null) {
                Object value = figures.get(slot.name());
                if (value == null) {
                    partKnown &= partStart < 0;
                    out.append(partStart < 0 ? UNKNOWN : "");
                } else {
                    int from = out.length();
                    String reading = formatter.format(slot.name(), value);
                    out.append(reading);
                    if (slot.one() != null) {
                        out.append(' ').append(reading.equals("1") ? slot.one() : slot.other());
                    } else if (FigureFormatter.isAmount(slot.name(), value)) {
                        for (int k = 0; k < count; k++) {
                            if (sameReading(out, (int) (amounts[k] >>> 32), (int) amounts[k], from)) {
                                return null;
                            }
                        }
                        amounts = amounts == null ? new long[4] : count == amounts.length
                                ? java.util.Arrays.copyOf(amounts, count * 2) : amounts;
                        amounts[count++] = ((long) from << 32) | out.length();
                    }
                }
                i = slot.end();
            } else if (c == '[') {
                partStart = out.length();
                partKnown = true;
            } else if (c == ']') {
                if (partStart >= 0 && !partKnown) {
                    out.setLength(partStart);
                    while (count > 0 && (int) (amounts[count - 1] >>> 32) >= partStart) {
                        count--;
                    }
                }
                partStart = -1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the reading at [start, end) of {@code out} is the one that runs from {@code from} to its end. */
    private static boolean sameReading(StringBuilder out, int start, int end, int from) {
        if (end - start != out.length() - from) {
            return false;
        }
        for (int k = 0; k < end - start; k++) {
            if (out.charAt(start + k) != out.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }
}

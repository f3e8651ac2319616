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
    private static final String UNKNOWN = "—";
    private static final boolean[] NO_PARTS = new boolean[0];

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

    /** A placeholder as it stands in a text: where, which figure, and the nouns of a count. */
    private record Slot(int start, int end, String name, String one, String other, int part) {
    }

    /** Fills a text checked by {@link #problem}; a figure the advice lacks, outside brackets, shows as a dash. */
    public static String fill(String text, Map<String, Object> figures, FigureFormatter formatter) {
        // Every bracketed part names a figure, so a text without placeholders has no markup at all.
        if (text.indexOf('{') < 0) {
            return text;
        }
        String asItGoes = fillAsItGoes(text, figures, formatter);
        return asItGoes != null ? asItGoes : fillCarefully(text, figures, formatter);
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
            Slot slot = c == '{' ? slotAt(text, i, -1) : null;
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

    /** Every placeholder read first, then written: amounts that read alike are told apart (see AmountsAlike). */
    static String fillCarefully(String text, Map<String, Object> figures, FigureFormatter formatter) {
        List<Slot> slots = slots(text);
        int parts = count(text, '[');
        boolean[] hidden = parts == 0 ? NO_PARTS : new boolean[parts];
        for (Slot slot : slots) {
            if (slot.part() >= 0 && figures.get(slot.name()) == null) {
                hidden[slot.part()] = true;
            }
        }
        String[] shown = shown(slots, hidden, figures, formatter);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int next = 0;
        int part = -1;
        boolean inPart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (next < slots.size() && slots.get(next).start() == i) {
                if (!inPart || !hidden[part]) {
                    out.append(shown[next]);
                }
                i = slots.get(next++).end();
            } else if (c == '[') {
                part++;
                inPart = true;
            } else if (c == ']') {
                inPart = false;
            } else if (!inPart || !hidden[part]) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The placeholders in order, by a plain scan rather than PLACEHOLDER: this runs for every text of every answer. */
    private static List<Slot> slots(String text) {
        List<Slot> slots = new ArrayList<>(4);
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
                Slot slot = slotAt(text, i, inPart ? part : -1);
                if (slot != null) {
                    slots.add(slot);
                    i = slot.end();
                }
            }
        }
        return slots;
    }

    /** The placeholder the brace at {@code open} opens, as PLACEHOLDER reads it, or null where it opens none. */
    private static Slot slotAt(String text, int open, int part) {
        int i = open + 1;
        if (i >= text.length() || !isAsciiLetter(text.charAt(i))) {
            return null;
        }
        while (i < text.length() && (isAsciiLetter(text.charAt(i)) || isAsciiDigit(text.charAt(i)))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '}') {
            return new Slot(open, i, text.substring(open + 1, i), null, null, part);
        }
        int bar = i < text.length() && text.charAt(i) == '|' ? nounEnd(text, i + 1, '|') : -1;
        int close = bar < 0 ? -1 : nounEnd(text, bar + 1, '}');
        return close < 0 ? null : new Slot(open, close, text.substring(open + 1, i), text.substring(i + 1, bar),
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

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    /** Each placeholder's words; amounts that would read alike but differ, with the places that tell them apart. */
    private static String[] shown(List<Slot> slots, boolean[] hidden, Map<String, Object> figures,
                                  FigureFormatter formatter) {
        String[] shown = new String[slots.size()];
        for (int i = 0; i < shown.length; i++) {
            Slot slot = slots.get(i);
            Object value = figures.get(slot.name());
            if ((slot.part() >= 0 && hidden[slot.part()]) || value == null) {
                shown[i] = UNKNOWN;
                continue;
            }
            shown[i] = formatter.format(slot.name(), value);
            if (slot.one() != null) {
                // As it reads: 1.00000000001 months of reserves is shown, and counted, as 1.
                shown[i] += " " + (shown[i].equals("1") ? slot.one() : slot.other());
            }
        }
        if (shown.length < 2) {
            return shown; // nothing to read alike
        }
        String[] names = new String[shown.length];
        for (int i = 0; i < shown.length; i++) {
            names[i] = slots.get(i).name();
        }
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] != UNKNOWN) {
                AmountsAlike.tellApart(i, names, shown, figures, formatter);
            }
        }
        return shown;
    }
}

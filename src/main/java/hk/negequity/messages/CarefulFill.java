package hk.negequity.messages;

import java.util.List;
import java.util.Map;

/**
 * The fill for a text where two amounts read alike: every placeholder read first, then written, so that amounts
 * that differ but would read alike are told apart (see {@link AmountsAlike}). {@link MessageText} fills the common
 * case in one pass and comes here only then.
 */
final class CarefulFill {

    private static final boolean[] NO_PARTS = new boolean[0];

    private CarefulFill() {
    }

    /** Fills a text checked by {@link MessageText#problem}. */
    static String fill(String text, Map<String, Object> figures, FigureFormatter formatter) {
        List<Placeholder> slots = Placeholder.all(text);
        int parts = count(text, '[');
        boolean[] hidden = parts == 0 ? NO_PARTS : new boolean[parts];
        for (Placeholder slot : slots) {
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

    /** Each placeholder's words; amounts that would read alike but differ, with the places that tell them apart. */
    private static String[] shown(List<Placeholder> slots, boolean[] hidden, Map<String, Object> figures,
                                  FigureFormatter formatter) {
        String[] shown = new String[slots.size()];
        for (int i = 0; i < shown.length; i++) {
            Placeholder slot = slots.get(i);
            Object value = figures.get(slot.name());
            if ((slot.part() >= 0 && hidden[slot.part()]) || value == null) {
                shown[i] = MessageText.UNKNOWN;
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
            if (shown[i] != MessageText.UNKNOWN) {
                AmountsAlike.tellApart(i, names, shown, figures, formatter);
            }
        }
        return shown;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }
}

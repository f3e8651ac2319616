package hk.negequity.messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Amounts of one text that differ but would read alike to the cent ("repayments of HK$17,408.25 ... the cap of
 * HK$17,408.25"): each is shown with the fewest places beyond the cent that give every value its own reading.
 */
final class AmountsAlike {

    private AmountsAlike() {
    }

    /**
     * The amounts that read as the one at {@code first} does, if any differ from it in value, read again; the same
     * value under two names still reads alike.
     *
     * @param names  the figure each placeholder of the text names, in order
     * @param shown  each placeholder's reading so far, replaced where it must change
     */
    static void tellApart(int first, String[] names, String[] shown, Map<String, Object> figures,
                          FigureFormatter formatter) {
        List<Integer> alike = null; // made only when another amount reads alike: rare, and this runs per text
        Object value = null;
        boolean differ = false;
        for (int j = first + 1; j < shown.length; j++) {
            if (!shown[j].equals(shown[first])) {
                continue; // the common case, decided without a lookup
            }
            if (alike == null) {
                value = figures.get(names[first]);
                if (!FigureFormatter.isAmount(names[first], value)) {
                    return;
                }
                alike = new ArrayList<>(List.of(first));
            }
            Object other = figures.get(names[j]);
            if (FigureFormatter.isAmount(names[j], other)) {
                alike.add(j);
                differ |= ((Number) other).doubleValue() != ((Number) value).doubleValue();
            }
        }
        // Up to the places money is kept to at most: past them a difference is the double's noise.
        for (int places = 3; differ && places <= FigureFormatter.MOST_MONEY_PLACES; places++) {
            Map<Double, String> readings = new HashMap<>();
            for (int i : alike) {
                double amount = ((Number) figures.get(names[i])).doubleValue();
                readings.putIfAbsent(amount, formatter.money(amount, places));
            }
            differ = new HashSet<>(readings.values()).size() < readings.size();
            // Still alike at a millionth, they are alike: shown to the cent, not to six places that read the same.
            if (!differ) {
                for (int i : alike) {
                    shown[i] = readings.get(((Number) figures.get(names[i])).doubleValue());
                }
            }
        }
    }
}

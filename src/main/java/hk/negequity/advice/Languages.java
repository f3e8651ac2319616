package hk.negequity.advice;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the language of an answer: the request's {@code lang}, else {@code ?lang=}, else the best of
 * {@code Accept-Language}, else English; a tag no catalogue covers is passed over. Chinese tags map to the
 * catalogue that writes them: Traditional (zh-HK, zh-TW, zh-MO, zh-Hant, Cantonese, and plain zh, this being a
 * Hong Kong service) or Simplified (zh-CN, zh-SG, zh-Hans).
 */
public final class Languages {

    public static final String ENGLISH = "en";

    private Languages() {
    }

    /**
     * What a request asks for outside its body, in this order: {@code ?lang=}, then Accept-Language.
     * Either may be null.
     */
    public record Asked(String query, String header) {
        public static final Asked NOTHING = new Asked(null, null);
    }

    /**
     * The body's {@code lang} first, then {@code ?lang=}, then Accept-Language: the first any catalogue
     * covers. A tag none covers (`fr`) passes to the next choice the reader made, not straight to English.
     */
    public static String choose(String requested, Asked asked, Set<String> available) {
        for (String tag : new String[] {requested, asked.query()}) {
            String match = tag == null ? null : match(tag, available);
            if (match != null) {
                return match;
            }
        }
        return bestOf(asked.header(), available);
    }

    /**
     * @param requested the request body's {@code lang}, or null
     * @param header    the {@code Accept-Language} header, or null
     * @param available the languages the rule set has catalogues for
     */
    public static String choose(String requested, String header, Set<String> available) {
        return choose(requested, new Asked(null, header), available);
    }

    private static String bestOf(String header, Set<String> available) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges = new java.util.ArrayList<>();
        for (String entry : header.split(",")) {
            try {
                ranges.addAll(Locale.LanguageRange.parse(entry.strip().replace('_', '-')));
            } catch (IllegalArgumentException e) {
                // One malformed entry (x;q=abc) is no reason to ignore the others, nor to refuse the request.
            }
        }
        // By weight, highest first; a stable sort keeps the header's order among equals.
        ranges.sort(java.util.Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && range.getRange().equals("*")) {
                return ENGLISH; // any language, at this weight: the service's own default
            }
            String match = range.getWeight() > 0 ? match(range.getRange(), available) : null;
            if (match != null) {
                return match;
            }
        }
        return ENGLISH;
    }

    /** The tag itself or one of its subtags: zh-yue, zh-yue-HK. */
    private static boolean isOrUnder(String tag, String prefix) {
        return tag.equals(prefix) || tag.startsWith(prefix + "-");
    }

    /** The catalogue for one language tag, or null if there is none. */
    static String match(String tag, Set<String> available) {
        String lower = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String chosen;
        if (lower.equals("en") || lower.startsWith("en-")) {
            chosen = ENGLISH;
        } else if (lower.equals("zh-cn") || lower.equals("zh-sg") || lower.startsWith("zh-hans")
                || lower.equals("zh-my") || (lower.startsWith("zh-") && lower.contains("-hans"))) {
            chosen = "zh-CN";
        } else if (List.of("zh", "zh-hk", "zh-tw", "zh-mo").contains(lower) || lower.startsWith("zh-hant")
                || (lower.startsWith("zh-") && lower.contains("-hant")) || isOrUnder(lower, "yue")
                || isOrUnder(lower, "zh-yue")) {
            chosen = "zh-HK";
        } else {
            return null;
        }
        return available.contains(chosen) ? chosen : null;
    }
}

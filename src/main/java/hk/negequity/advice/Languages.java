package hk.negequity.advice;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the language of an answer: the request's {@code lang}, else {@code ?lang=}, else the best of
 * {@code Accept-Language}, else English; a tag no catalogue covers is passed over. Chinese tags map to the catalogue that writes them: Traditional (zh-HK, zh-TW, zh-MO,
 * zh-Hant, and plain zh, this being a Hong Kong service) or Simplified (zh-CN, zh-SG, zh-Hans).
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
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String match = range.getWeight() > 0 ? match(range.getRange(), available) : null;
                    if (match != null) {
                        return match;
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header is no reason to refuse the request: answer in English.
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    /** The catalogue for one language tag, or null if there is none. */
    static String match(String tag, Set<String> available) {
        String lower = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String chosen;
        if (lower.equals("en") || lower.startsWith("en-")) {
            chosen = ENGLISH;
        } else if (lower.equals("zh-cn") || lower.equals("zh-sg") || lower.startsWith("zh-hans")
                || lower.equals("zh-my")) {
            chosen = "zh-CN";
        } else if (List.of("zh", "zh-hk", "zh-tw", "zh-mo").contains(lower) || lower.startsWith("zh-hant")
                || lower.equals("yue") || lower.startsWith("yue-")) {
            chosen = "zh-HK";
        } else {
            return null;
        }
        return available.contains(chosen) ? chosen : null;
    }
}

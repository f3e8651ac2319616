package hk.negequity.advice;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
                return anyBut(refused(ranges, available), available);
            }
            String match = range.getWeight() > 0 ? match(range.getRange(), available) : null;
            if (match != null) {
                return match;
            }
        }
        return ENGLISH;
    }

    /**
     * The catalogues the header refuses by name, with a weight of 0 ({@code en;q=0}); a Chinese language named
     * without script or region ({@code zh;q=0}) refuses both of its catalogues, as a range covers every tag it
     * prefixes (RFC 4647).
     */
    private static Set<String> refused(List<Locale.LanguageRange> ranges, Set<String> available) {
        Set<String> refused = new java.util.HashSet<>();
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() != 0) {
                continue;
            }
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (CHINESE.contains(tag)) {
                available.stream().filter(language -> language.startsWith("zh-")).forEach(refused::add);
            }
            String match = match(tag, available);
            if (match != null) {
                refused.add(match);
            }
        }
        return refused;
    }

    /**
     * Any language ({@code *}): the service's own default, English, unless the header refuses it; then Traditional
     * Chinese, this being a Hong Kong service, then Simplified, then any other catalogue.
     */
    private static String anyBut(Set<String> refused, Set<String> available) {
        java.util.stream.Stream<String> preferred = java.util.stream.Stream.of(ENGLISH, "zh-HK", "zh-CN");
        return java.util.stream.Stream.concat(preferred, available.stream().sorted())
                .filter(language -> available.contains(language) && !refused.contains(language))
                .findFirst().orElse(ENGLISH);
    }

    /**
     * Chinese as its tags write it (BCP 47): {@code zh}, or a Chinese language by its own code, alone (yue-HK) or
     * as zh's extended subtag (zh-yue-HK): Mandarin, Cantonese, Wu, Min Nan, Hakka, Gan, Xiang, Classical.
     */
    private static final Set<String> CHINESE = Set.of("zh", "cmn", "yue", "wuu", "nan", "hak", "gan", "hsn", "lzh");
    /** A language tag's shape (BCP 47): subtags of one to eight letters or digits, the first letters only. */
    private static final Pattern WELL_FORMED = Pattern.compile("\\s*[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*\\s*");
    private static final Set<String> SIMPLIFIED_REGIONS = Set.of("cn", "sg", "my");
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("hk", "tw", "mo");

    /**
     * The catalogue for one language tag, or null if there is none. Chinese goes by its script where the tag names
     * one (zh-Hans-HK is Simplified), else by its region, else Traditional, this being a Hong Kong service; the
     * same whether the tag comes in the body, the query or Accept-Language.
     */
    static String match(String tag, Set<String> available) {
        if (!WELL_FORMED.matcher(tag).matches()) {
            return null; // not one tag (zh-HK,zh-CN is a list, not a region "hk,zh"): no catalogue covers it
        }
        String[] subtags = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-').split("-");
        String chosen;
        if (subtags[0].equals("en")) {
            chosen = ENGLISH;
        } else if (CHINESE.contains(subtags[0])) {
            chosen = chineseScript(subtags);
        } else {
            return null;
        }
        return available.contains(chosen) ? chosen : null;
    }

    private static String chineseScript(String[] subtags) {
        String region = null;
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            if (subtag.length() == 1) {
                break; // an extension or a private use: what follows is not a script or a region
            }
            if (subtag.equals("hans")) {
                return "zh-CN";
            }
            if (subtag.equals("hant")) {
                return "zh-HK";
            }
            if (region == null && subtag.length() == 2) {
                region = subtag;
            }
        }
        return region != null && SIMPLIFIED_REGIONS.contains(region) && !TRADITIONAL_REGIONS.contains(region)
                ? "zh-CN" : "zh-HK";
    }
}

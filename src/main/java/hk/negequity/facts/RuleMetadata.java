package hk.negequity.facts;

import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * What an advice rule declares about itself: {@code @code}, {@code @category}, {@code @severity} and
 * {@code @source}, and optionally {@code @variant}: rules giving the same code for different reasons name
 * their variant, and the message catalogue may word each variant its own way. The loader checks every
 * advice rule has them, so evaluation never meets a gap.
 */
public record RuleMetadata(String name, String packageName, String code, Category category, Severity severity,
                           String source, String variant) {

    public static final String CODE = "code";
    public static final String CATEGORY = "category";
    public static final String SEVERITY = "severity";
    public static final String SOURCE = "source";
    public static final String VARIANT = "variant";
    /** Where the loader keeps a rule's parsed metadata, so that evaluations do not parse it again. */
    private static final String PARSED = "hk.negequity.parsedMetadata";
    private static final Pattern CODE_FORM = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern VARIANT_FORM = Pattern.compile("[a-z][A-Za-z0-9]*");

    /**
     * Reads a rule's metadata (parsed once, at load, by {@link #parseAndKeep}); throws
     * {@link IllegalArgumentException} naming what is missing or wrong.
     */
    public static RuleMetadata of(Rule rule) {
        Object parsed = rule.getMetaData().get(PARSED);
        return parsed instanceof RuleMetadata metadata ? metadata : parse(rule);
    }

    /** Parses a rule's metadata and keeps it with the rule, for every evaluation to come. */
    public static RuleMetadata parseAndKeep(Rule rule) {
        RuleMetadata metadata = parse(rule);
        // Drools hands rules an unmodifiable view of their metadata; its own rule class takes additions.
        if (rule instanceof RuleImpl impl) {
            impl.addMetaAttribute(PARSED, metadata);
        }
        return metadata;
    }

    private static RuleMetadata parse(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String code = text(meta, CODE);
        String category = text(meta, CATEGORY);
        String severity = text(meta, SEVERITY);
        String source = text(meta, SOURCE);
        if (code == null || category == null || severity == null || source == null) {
            List<String> missing = new ArrayList<>();
            for (String name : List.of(CODE, CATEGORY, SEVERITY, SOURCE)) {
                if (text(meta, name) == null) {
                    missing.add("@" + name);
                }
            }
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\" needs @code, @category, @severity and"
                    + " @source metadata; it lacks " + String.join(", ", missing));
        }
        String variant = text(meta, VARIANT);
        MetadataMistake mistake = mistakeIn(rule.getName(), code, category, severity, variant);
        if (mistake != null) {
            throw mistake;
        }
        return new RuleMetadata(rule.getName(), rule.getPackageName(), code, enumValue(Category.class, category),
                enumValue(Severity.class, severity), source, variant);
    }

    /**
     * The first wrong value among those a rule declares (null where one is not given), as {@link #of} would find
     * it; null where all are sound. The loader also checks them as written, for a run whose files do not compile.
     */
    public static MetadataMistake mistakeIn(String rule, String code, String category, String severity,
                                            String variant) {
        if (code != null && !CODE_FORM.matcher(code).matches()) {
            return new MetadataMistake(CODE, "rule \"" + rule + "\": @code must be UPPER_SNAKE_CASE, not " + code);
        }
        if (variant != null && !VARIANT_FORM.matcher(variant).matches()) {
            return new MetadataMistake(VARIANT, "rule \"" + rule + "\": @variant must be lowerCamelCase, not "
                    + variant);
        }
        MetadataMistake wrongCategory = notOneOf(Category.class, category, rule);
        return wrongCategory != null ? wrongCategory : notOneOf(Severity.class, severity, rule);
    }

    /** Whether the rule declares advice metadata at all (helper rules, such as regime selection, do not). */
    public static boolean isAdviceRule(Rule rule) {
        return rule.getMetaData().containsKey(CODE);
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        // Drools keeps the quotes of @source("...") in the value.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.isEmpty() ? null : text;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    private static <E extends Enum<E>> MetadataMistake notOneOf(Class<E> type, String value, String rule) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.toUpperCase(Locale.ROOT))) {
                return null;
            }
        }
        String key = type.getSimpleName().toLowerCase(Locale.ROOT);
        return new MetadataMistake(key, "rule \"" + rule + "\": @" + key + " " + value + " is not one of "
                + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** A metadata value that is wrong, with the key it was given under, so that it is reported at its own line. */
    public static final class MetadataMistake extends IllegalArgumentException {

        private final String key;

        MetadataMistake(String key, String message) {
            super(message);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}

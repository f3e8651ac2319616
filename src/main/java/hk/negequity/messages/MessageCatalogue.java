package hk.negequity.messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjIntConsumer;

/**
 * The advice texts of one language, read from {@code messages/<lang>.properties} in the rule directory:
 * UTF-8 lines of {@code CODE.part = text} or {@code CODE.variant.part = text}, {@code #} comments. A part is
 * {@code title}, {@code message} or {@code action.1}, {@code action.2}...; a variant's own text, where there
 * is one, replaces the code's. Texts name the borrower's figures as {@link MessageText} describes.
 */
public final class MessageCatalogue {

    private static final String NAME = "name.";

    private final String language;
    private final Map<String, CatalogueEntry> entries;
    /** What the lines left out for a mistake begin with (their key, or their first word): see {@link #leftOut}. */
    private final List<String> leftOut;

    MessageCatalogue(String language, Map<String, CatalogueEntry> entries, List<String> leftOut) {
        this.language = language;
        this.entries = entries;
        this.leftOut = leftOut;
    }

    /**
     * Parses a catalogue; every malformed or repeated line is reported to {@code problems} with its line
     * number and left out.
     */
    public static MessageCatalogue parse(String language, String file, String text, ObjIntConsumer<String> problems) {
        return CatalogueParser.parse(language, file, text, problems);
    }

    public String language() {
        return language;
    }

    /**
     * Whether a line left out for a mistake of its own (reported as such) was meant for {@code key}: that key with a
     * text that cannot be used, or the same code and variant with its part misspelt ({@code .titel},
     * {@code .mesage}). A key misspelt or a line broken is one mistake, not also the text it then lacks.
     */
    public boolean leftOut(String key) {
        int dot = key.lastIndexOf('.');
        String base = key.substring(0, Math.max(dot, 0));
        String part = key.substring(dot + 1);
        return leftOut.stream().anyMatch(start -> {
            if (start.equals(key)) {
                return true;
            }
            int startDot = start.lastIndexOf('.');
            String startPart = start.substring(startDot + 1);
            return startDot > 0 && start.substring(0, startDot).equals(base) && !CatalogueParser.KEY.matcher(start).matches()
                    && startPart.length() >= 2 && part.startsWith(startPart.substring(0, 2));
        });
    }

    /** Whether a line left out for a mistake of its own was meant for some action of {@code codeAndVariant}. */
    public boolean actionLeftOut(String codeAndVariant) {
        return leftOut.stream().anyMatch(start -> start.startsWith(codeAndVariant + ".ac"));
    }

    /** The text of {@code part} for a code and variant: the variant's own where it has one, else the code's. */
    public Optional<CatalogueEntry> entry(String code, String variant, String part) {
        CatalogueEntry own = variant == null ? null : entries.get(code + "." + variant + "." + part);
        return Optional.ofNullable(own != null ? own : entries.get(code + "." + part));
    }

    /** How to ask for a fact, by its path ({@code loan.amount}). */
    public Optional<String> question(String path) {
        return Optional.ofNullable(entries.get("ask." + path)).map(CatalogueEntry::text);
    }

    /** What to call a fact in a sentence ("the loan amount"), by its path; the path itself where none is given. */
    public String factName(String path) {
        CatalogueEntry name = entries.get(NAME + path);
        return name == null ? path : name.text();
    }

    /** The paths of the facts this catalogue has a name for. */
    public java.util.Set<String> namedFacts() {
        java.util.Set<String> facts = new java.util.TreeSet<>();
        entries.keySet().stream().filter(key -> key.startsWith(NAME)).forEach(key -> facts.add(key.substring(NAME.length())));
        return facts;
    }

    public Collection<CatalogueEntry> entries() {
        return entries.values();
    }

    /**
     * The actions {@code action.1}, {@code action.2}, ... in number order: the variant's own list where it
     * has one, else the code's.
     */
    public List<CatalogueEntry> actions(String code, String variant) {
        List<CatalogueEntry> own = variant == null ? List.of() : numbered(code + "." + variant + ".action.");
        return own.isEmpty() ? numbered(code + ".action.") : own;
    }

    private List<CatalogueEntry> numbered(String prefix) {
        List<CatalogueEntry> actions = new ArrayList<>();
        for (int n = 1; entries.containsKey(prefix + n); n++) {
            actions.add(entries.get(prefix + n));
        }
        return actions;
    }
}

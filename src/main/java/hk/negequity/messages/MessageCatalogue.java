package hk.negequity.messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The advice texts of one language, read from {@code messages/<lang>.properties} in the rule directory:
 * UTF-8 lines of {@code CODE.part = text} or {@code CODE.variant.part = text}, {@code #} comments. A part is
 * {@code title}, {@code message} or {@code action.1}, {@code action.2}...; a variant's own text, where there
 * is one, replaces the code's. Texts name the borrower's figures as {@link MessageText} describes.
 */
public final class MessageCatalogue {

    /** CODE.part or CODE.variant.part, where part is title, message or action.N (N up to 999). */
    /** ask.part.field: how to ask the borrower for a fact; name.part.field: what to call it in a sentence. */
    private static final Pattern ASK = Pattern.compile(
            "(ask|name)\\.(property|loan|borrower|scenario)\\.[a-z][A-Za-z0-9]*");
    private static final String NAME = "name.";
    /**
     * A {@code .properties} escape ({@code \u8cb7}, {@code \n}, {@code \t}, {@code \:}...) or a trailing backslash,
     * which this reader does not decode: texts are plain UTF-8, and no text needs a backslash.
     */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u[0-9a-fA-F]{4}|.|$)");
    private static final Pattern KEY = Pattern.compile(
            "([A-Z][A-Z0-9_]*)(?:\\.([a-z][A-Za-z0-9]*))?\\.(title|message|action\\.[1-9][0-9]{0,2})");

    private final String language;
    private final Map<String, CatalogueEntry> entries;
    /** What the lines left out for a mistake begin with (their key, or their first word): see {@link #leftOut}. */
    private final List<String> leftOut;

    private MessageCatalogue(String language, Map<String, CatalogueEntry> entries, List<String> leftOut) {
        this.language = language;
        this.entries = entries;
        this.leftOut = leftOut;
    }

    /**
     * Parses a catalogue; every malformed or repeated line is reported to {@code problems} with its line
     * number and left out.
     */
    public static MessageCatalogue parse(String language, String file, String text, ObjIntConsumer<String> problems) {
        Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
        List<String> leftOut = new java.util.ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            leftOut.add((equals < 0 ? line.split("\\s", 2)[0] : line.substring(0, equals)).strip());
            if (equals < 0) {
                problems.accept("expected 'CODE.part = text'", number);
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            Matcher parts = KEY.matcher(key);
            if (ASK.matcher(key).matches() && !value.isEmpty() && !entries.containsKey(key)) {
                entries.put(key, new CatalogueEntry(key, null, null, key, value, file, number));
            } else if (!parts.matches() || (parts.group(2) != null
                    && List.of("title", "message", "action").contains(parts.group(2)))) {
                problems.accept("'" + key + "' is not a key of the form CODE.part, CODE.variant.part"
                        + " (part: title, message, action.N), ask.fact or name.fact", number);
            } else if (value.isEmpty()) {
                problems.accept(key + " has no text", number);
            } else if (MessageText.problem(value) != null) {
                // Else it would reach the borrower as written: "At {ltvPct of the lending base".
                problems.accept(key + " " + MessageText.problem(value), number);
            } else if (ESCAPE.matcher(value).find()) {
                // Else "\u8cb7" or a continuation's "\" would reach the reader as written: the file is read as text.
                problems.accept(key + " has a backslash escape or line continuation (" + escapeIn(value) + "): the"
                        + " catalogue is UTF-8 read as written; write the character itself, and each text on one line",
                        number);
            } else if (entries.containsKey(key)) {
                problems.accept(key + " repeats line " + entries.get(key).line(), number);
            } else {
                entries.put(key, new CatalogueEntry(key, parts.group(1), parts.group(2), parts.group(3), value, file,
                        number));
            }
            if (entries.containsKey(key)) {
                leftOut.remove(leftOut.size() - 1); // read: nothing of it was left out
            }
        }
        leaveOutActionsAfterAGap(entries, leftOut, problems);
        return new MessageCatalogue(language, entries, List.copyOf(leftOut));
    }

    /**
     * An action numbered past a gap (action.3 with no action.2) would never be shown, since actions are read 1, 2,
     * 3... until one is missing: reported at its line and left out. One whose gap is a line left out for a mistake of
     * its own is not reported again.
     */
    private static void leaveOutActionsAfterAGap(Map<String, CatalogueEntry> entries, List<String> leftOut,
                                                 ObjIntConsumer<String> problems) {
        List<CatalogueEntry> actions = entries.values().stream().filter(e -> e.part() != null
                && e.part().startsWith("action.")).sorted(java.util.Comparator.comparingInt(MessageCatalogue::number))
                .toList();
        for (CatalogueEntry action : actions) {
            int n = number(action);
            String prefix = action.key().substring(0, action.key().length() - action.part().length());
            String before = prefix + "action." + (n - 1);
            if (n > 1 && !entries.containsKey(before)) {
                if (!leftOut.contains(before)) {
                    problems.accept(action.key() + " comes after no " + before + ": actions are numbered 1, 2, 3..."
                            + " without a gap, and one after a gap is never shown", action.line());
                }
                entries.remove(action.key());
                leftOut.add(action.key());
            }
        }
    }

    private static int number(CatalogueEntry action) {
        return Integer.parseInt(action.part().substring("action.".length()));
    }

    private static String escapeIn(String value) {
        Matcher escape = ESCAPE.matcher(value);
        return escape.find() ? escape.group() : "";
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
            return startDot > 0 && start.substring(0, startDot).equals(base) && !KEY.matcher(start).matches()
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

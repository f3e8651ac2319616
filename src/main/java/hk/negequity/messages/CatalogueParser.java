package hk.negequity.messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a message catalogue's lines, reporting each it cannot use at its line number and leaving it out. */
final class CatalogueParser {

    /** ask.part.field: how to ask the borrower for a fact; name.part.field: what to call it in a sentence. */
    private static final Pattern ASK = Pattern.compile(
            "(ask|name)\\.(property|loan|borrower|scenario)\\.[a-z][A-Za-z0-9]*");
    /**
     * A {@code .properties} escape ({@code \u8cb7}, {@code \n}, {@code \t}, {@code \:}...) or a trailing backslash,
     * which this reader does not decode: texts are plain UTF-8, and no text needs a backslash.
     */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u[0-9a-fA-F]{4}|.|$)");
    /** CODE.part or CODE.variant.part, where part is title, message or action.N (N up to 999). */
    static final Pattern KEY = Pattern.compile(
            "([A-Z][A-Z0-9_]*)(?:\\.([a-z][A-Za-z0-9]*))?\\.(title|message|action\\.[1-9][0-9]{0,2})");

    private CatalogueParser() {
    }

    /** As {@link MessageCatalogue#parse}. */
    static MessageCatalogue parse(String language, String file, String text, ObjIntConsumer<String> problems) {
        Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
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
                && e.part().startsWith("action.")).sorted(Comparator.comparingInt(CatalogueParser::number))
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
}

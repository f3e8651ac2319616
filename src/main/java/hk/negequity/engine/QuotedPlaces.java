package hk.negequity.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a compiler message that names no line by what it quotes: the expression it ends with, the fragments in
 * quotes, then the names it mentions, found in the DRL sources.
 */
final class QuotedPlaces {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'|\"([^\"]+)\"|\\[([^\\]]+)]");
    /** Names in a compiler message that may be the DRL's own: noSuchMethod(), $ltv, loanToValue. */
    private static final Pattern NAME = Pattern.compile("\\$?[A-Za-z_][A-Za-z0-9_]{3,}(\\(\\))?");
    private static final Set<String> ENGLISH = Set.of("method", "undefined", "type", "Unable",
            "find", "class", "cannot", "resolved", "variable", "field", "parse", "left", "part", "expression",
            "with", "from", "that", "this", "into", "must", "should", "Double", "Integer", "String", "Boolean",
            "Object", "java", "lang");
    private static final Pattern WORD = Pattern.compile("[\\w$]+");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined");

    private QuotedPlaces() {
    }

    /**
     * The first DRL line of {@code sources} holding what the message quotes: the expression it ends with
     * ("Unable to parse left part of expression: loanToValue > 90"), else a fragment in quotes, else a name it
     * mentions; none that {@code found} has already.
     */
    static List<RuleProblem> find(String text, Iterable<String> sources, RuleFiles files,
                                                Set<RuleProblem> found) {
        List<String> fragments = new ArrayList<>();
        // "The method off(RuleContext, …) is undefined": the call as the DRL writes it, before any name it quotes.
        Matcher method = UNDEFINED_METHOD.matcher(text);
        if (method.find()) {
            // Rules whose consequences read alike share one compiled consequence, and its error comes once:
            // every call is the mistake.
            List<RuleProblem> calls = linesContaining("." + method.group(1) + "(", sources, files, text);
            if (!calls.isEmpty()) {
                return calls;
            }
        }
        // The whole expression a message ends with first: a word quoted within it ("red") stands in other lines too.
        int colon = text.lastIndexOf(": ");
        if (colon >= 0) {
            fragments.add(text.substring(colon + 2));
        }
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            fragments.add(matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        int quoted = fragments.size(); // the fragments after these are bare names
        // An error in generated Java quotes no DRL; the names it mentions (a method, a variable) are the DRL's.
        Matcher names = NAME.matcher(text);
        List<String> byLength = new ArrayList<>();
        while (names.find()) {
            String name = names.group().endsWith("()") ? names.group().substring(0, names.group().length() - 1)
                    : names.group();
            if (!ENGLISH.contains(name)) {
                byLength.add(name);
            }
        }
        byLength.sort(java.util.Comparator.comparingInt(String::length).reversed());
        fragments.addAll(byLength);
        for (int f = 0; f < fragments.size(); f++) {
            String wanted = fragments.get(f).strip();
            if (wanted.length() < 2) {
                continue;
            }
            // A name is found as a whole word: "Figure" (a type misspelt) is not in "import ...Figures".
            Pattern word = WORD.matcher(wanted).matches()
                    ? Pattern.compile("(?<!\\w)" + Pattern.quote(wanted) + "(?!\\w)") : null;
            for (String source : sources) {
                String[] lines = files.text(source).split("\r?\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    // A bare name is no clue in an import, where every type the rules use is named.
                    boolean header = lines[i].startsWith("import ") || lines[i].startsWith("package ");
                    RuleProblem candidate = new RuleProblem(source, i + 1, text);
                    // The same mistake twice is two problems: the next line saying it is the next one.
                    boolean holds = word == null ? lines[i].contains(wanted) : word.matcher(lines[i]).find();
                    if (holds && !(header && f >= quoted) && !found.contains(candidate)) {
                        return List.of(candidate);
                    }
                }
            }
        }
        return List.of();
    }

    static List<RuleProblem> linesContaining(String wanted, Iterable<String> sources, RuleFiles files,
                                                     String text) {
        List<RuleProblem> lines = new ArrayList<>();
        for (String source : sources) {
            String[] all = files.text(source).split("\r?\n", -1);
            for (int i = 0; i < all.length; i++) {
                if (all[i].contains(wanted)) {
                    lines.add(new RuleProblem(source, i + 1, text));
                }
            }
        }
        return lines;
    }
}

package hk.negequity.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "abc cannot be resolved to a variable": the executable model says it of a name its generated Java could not
 * place, with no file or line, however short the name. It is found where the rules write it.
 */
final class UnresolvedNames {

    private static final Pattern UNRESOLVED = Pattern.compile("^([A-Za-z_$][\\w$]*) cannot be resolved");

    private UnresolvedNames() {
    }

    /** Where the name the error cannot resolve stands in the rules, or nothing if the error is of another kind. */
    static List<RuleProblem> locate(String text, Iterable<String> sources, RuleFiles files) {
        Matcher unresolved = UNRESOLVED.matcher(text);
        return unresolved.find() ? wordInRules(unresolved.group(1), sources, files, text) : List.of();
    }

    /**
     * The rule line where {@code word} stands: first as text compared in a condition ({@code ltvPct > "abc"}),
     * then as a bare word anywhere in a rule. One line, as for any other quoted fragment: one mistake, one problem.
     */
    private static List<RuleProblem> wordInRules(String word, Iterable<String> sources, RuleFiles files, String text) {
        Pattern quoted = Pattern.compile("\"" + Pattern.quote(word) + "\"");
        Pattern bare = Pattern.compile("(?<![\\w$\"])" + Pattern.quote(word) + "(?![\\w$\"])");
        Pattern bound = Pattern.compile("(?<![\\w$\"])" + Pattern.quote(word) + "\\s*:(?!:)");
        for (boolean inConditions : new boolean[] {true, false}) {
            for (String source : sources) {
                String[] lines = files.text(source).split("\r?\n", -1);
                boolean when = false;
                for (int i = 0; i < lines.length; i++) {
                    String line = code(lines[i]);
                    if (line.startsWith("rule ") && bindsIt(lines, i, bound)) {
                        // A rule that binds the name resolves it: another rule uses it unbound (a binding renamed
                        // in one rule is still written, rightly, in every other rule that binds it).
                        i = endOf(lines, i);
                        when = false;
                        continue;
                    }
                    when = line.equals("when") || (when && !line.equals("then"));
                    boolean found = inConditions ? when && quoted.matcher(line).find()
                            : !line.startsWith("import ") && !line.startsWith("rule ") && !line.startsWith("@")
                              && bare.matcher(line).find();
                    if (found) {
                        return List.of(new RuleProblem(source, i + 1, text));
                    }
                }
            }
        }
        return List.of();
    }

    /** Whether the conditions of the rule starting at line {@code start} bind the name ({@code $reserves : liquidReserves}). */
    private static boolean bindsIt(String[] lines, int start, Pattern bound) {
        boolean when = false;
        int end = endOf(lines, start);
        for (int i = start; i <= end; i++) {
            String line = code(lines[i]);
            when = line.equals("when") || (when && !line.equals("then"));
            if (when && bound.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** The line of the {@code end} closing the rule that starts at {@code start}, or the file's last line. */
    private static int endOf(String[] lines, int start) {
        for (int i = start + 1; i < lines.length; i++) {
            if (code(lines[i]).equals("end")) {
                return i;
            }
        }
        return lines.length - 1;
    }

    /** A line of a rule file without its comment or the spaces around it. */
    private static String code(String line) {
        return line.replaceAll("//.*", "").strip();
    }
}

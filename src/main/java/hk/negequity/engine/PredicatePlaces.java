package hk.negequity.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the compiler's complaints about a constraint that is not a condition: a number left standing alone
 * ({@code ltvPct > 80,0} reads as the predicate {@code 0}), which the compiler puts at the rule's first line, and a
 * field written without its comparison ({@code Figures( ltvPct )}), which it reports with no file or line at all.
 */
final class PredicatePlaces {

    private static final Pattern NOT_BOOLEAN = Pattern.compile("Predicate '([^']+)' must be a Boolean expression");
    private static final Pattern NAME_NOT_BOOLEAN = Pattern.compile("cannot convert from \\w+ to boolean");
    private static final Pattern BARE_NAME = Pattern.compile("(?:^|[(,])\\s*([a-z]\\w*)\\s*(?=[,)]|$)");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    /** The DRL's own lower-case words, which can stand alone on a line of conditions. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "exists", "forall", "eval", "from",
            "collect", "accumulate", "over", "null", "true", "false", "this");

    private PredicatePlaces() {
    }

    /** The line, between the rule's first line and its {@code then}, where the predicate the message quotes stands. */
    static int inConditions(String drl, int ruleLine, String message) {
        Matcher predicate = NOT_BOOLEAN.matcher(message);
        if (!predicate.find()) {
            return ruleLine;
        }
        Pattern standing = Pattern.compile("(?:^|[(,])\\s*" + Pattern.quote(predicate.group(1)) + "\\s*(?:[,)]|$)");
        String[] code = DrlCode.withoutCommentsAndStrings(drl);
        for (int i = Math.max(0, ruleLine - 1); i < code.length && !THEN.matcher(code[i]).find(); i++) {
            if (standing.matcher(code[i]).find()) {
                return i + 1;
            }
        }
        return ruleLine;
    }

    /** For "cannot convert from Double to boolean" with no place: each field standing alone among conditions. */
    static List<RuleProblem> bareNames(String message, Iterable<String> sources, RuleFiles files) {
        List<RuleProblem> found = new ArrayList<>();
        if (!NAME_NOT_BOOLEAN.matcher(message).find()) {
            return found;
        }
        for (String source : sources) {
            boolean conditions = false;
            String[] code = DrlCode.withoutCommentsAndStrings(files.text(source));
            for (int i = 0; i < code.length; i++) {
                if (WHEN.matcher(code[i]).find() || THEN.matcher(code[i]).find()) {
                    // The conditions run from the line after the "when" to the "then".
                    conditions = WHEN.matcher(code[i]).find();
                    continue;
                }
                Matcher bare = BARE_NAME.matcher(conditions ? code[i] : "");
                while (bare.find()) {
                    if (!KEYWORDS.contains(bare.group(1))) {
                        found.add(new RuleProblem(source, i + 1, message + ": '" + bare.group(1)
                                + "' stands alone among the conditions; compare it with something"));
                        break;
                    }
                }
            }
        }
        return found;
    }
}

package hk.negequity.engine;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Places an error the Java compiler found in the code the executable model generated from a rule: the compiler
 * names a line of a generated class that holds many rules, each in its own method. The method around that line
 * names its rule; the field the failing line reads is the condition within it. So a type mistake in a condition
 * ({@code scheme == "BOGUS"}) is reported at the DRL line that wrote it, and said in the rule's own terms.
 */
final class GeneratedJavaPlaces {

    private static final Pattern RULE_METHOD = Pattern.compile("^\\s*public static org\\.drools\\.model\\.Rule rule_");
    private static final Pattern RULE_NAME = Pattern.compile(
            "D\\.rule\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FIELD = Pattern.compile("getPropertyIndex\\(\"(\\w+)\"\\)");
    /** The call that compares a field with a value: its arguments name the field, then the value. */
    private static final Pattern INDEXED_BY = Pattern.compile("\\b(?:alpha|beta)IndexedBy\\(");
    /** How far back from the failing line its call may start: the generator spreads one call over several lines. */
    private static final int CALL_LINES = 8;
    private static final String COMPARISON = "\\s*(?:==|!=|<=|>=|<|>|\\bnot\\s+in\\b|\\bin\\b)";
    /** "... not applicable for the arguments (Class<Scheme>, Index.ConstraintType, int, LambdaExtractor..., String)". */
    private static final Pattern MISMATCH = Pattern.compile(
            "is not applicable for the arguments \\(Class<(\\w+)>, Index\\.ConstraintType, int, \\w+, (\\w+)\\)");

    private GeneratedJavaPlaces() {
    }

    /**
     * @param dump      the generated class as the executable model reports it ("Java source of … in error:" and
     *                  the source below)
     * @param javaLine  the compiler's line in that source
     * @param outlines  the DRL files built, to find the rule by name
     */
    static Optional<RuleProblem> place(String dump, int javaLine, String message, Collection<DrlOutline> outlines,
                                       RuleFiles files) {
        String[] lines = dump.split("\r?\n", -1);
        int errorIndex = javaLine; // the dump's first line is its heading, so source line n is at index n
        if (errorIndex <= 0 || errorIndex >= lines.length) {
            return Optional.empty();
        }
        int method = errorIndex;
        while (method > 0 && !RULE_METHOD.matcher(lines[method]).find()) {
            method--;
        }
        Matcher name = RULE_NAME.matcher(String.join("\n", java.util.Arrays.copyOfRange(lines, method,
                Math.min(lines.length, errorIndex + 1))));
        if (method == 0 || !name.find()) {
            return Optional.empty();
        }
        String packageName = unescaped(name.group(1));
        String ruleName = unescaped(name.group(2));
        String field = fieldCompared(lines, errorIndex);
        if (field == null) {
            return Optional.empty(); // not a comparison's (a salience, say): the other placings know those
        }
        for (DrlOutline outline : outlines) {
            Optional<RuleDescr> rule = packageName.equals(outline.packageName()) ? outline.rule(ruleName)
                    : Optional.empty();
            if (rule.isPresent()) {
                int line = lineReading(files.text(outline.file()), rule.get(), field);
                return Optional.of(new RuleProblem(outline.file(), line, inWords(message, field)));
            }
        }
        return Optional.empty();
    }

    /**
     * The field of the comparison the failing line belongs to: the first one named after the start of the call
     * ({@code alphaIndexedBy(}) that holds that line; null where the line is in no such call.
     */
    private static String fieldCompared(String[] lines, int errorIndex) {
        for (int start = errorIndex; start > 0 && start > errorIndex - CALL_LINES; start--) {
            if (INDEXED_BY.matcher(lines[start]).find()) {
                for (int i = start; i < lines.length && i <= start + CALL_LINES; i++) {
                    Matcher read = FIELD.matcher(lines[i]);
                    if (read.find()) {
                        return read.group(1);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The line of the rule's conditions that compares the field; else one that names it; else the rule's own
     * line. Comments and strings do not count, nor do the rule's name and metadata above its {@code when}.
     */
    private static int lineReading(String drl, RuleDescr rule, String field) {
        String[] code = DrlCode.withoutCommentsAndStrings(drl);
        boolean[] conditions = DrlCode.conditionLines(code);
        int when = rule.getLine() - 1;
        while (when < code.length && !conditions[when]) {
            when++;
        }
        Pattern compared = Pattern.compile("\\b" + Pattern.quote(field) + "\\b" + COMPARISON);
        Pattern named = Pattern.compile("\\b" + Pattern.quote(field) + "\\b");
        for (Pattern wanted : java.util.List.of(compared, named)) {
            for (int i = when; i < code.length && conditions[i]; i++) {
                if (wanted.matcher(code[i]).find()) {
                    return i + 1;
                }
            }
        }
        return rule.getLine();
    }

    private static String unescaped(String javaString) {
        return javaString.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The compiler's words about generated methods, said of the field the analyst wrote, where they can be. */
    private static String inWords(String message, String field) {
        Matcher mismatch = MISMATCH.matcher(message);
        if (mismatch.find()) {
            return field + " is a " + mismatch.group(1) + " and cannot be compared with a " + mismatch.group(2)
                    + ": compare it with a value of its own type";
        }
        return message;
    }
}

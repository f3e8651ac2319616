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
    private static final Pattern RULE_NAME = Pattern.compile("D\\.rule\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FIELD = Pattern.compile("getPropertyIndex\\(\"(\\w+)\"\\)");
    /** Lines after the failing one that still belong to its call: the generator spreads one call over several. */
    private static final int CALL_LINES = 6;
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
        String ruleName = name.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        String field = null;
        for (int i = errorIndex; i < Math.min(lines.length, errorIndex + CALL_LINES) && field == null; i++) {
            Matcher read = FIELD.matcher(lines[i]);
            field = read.find() ? read.group(1) : null;
        }
        if (field == null || lines[errorIndex].contains(".attribute(")) {
            return Optional.empty(); // not a condition's (a salience, say): the other placings know those
        }
        for (DrlOutline outline : outlines) {
            Optional<RuleDescr> rule = outline.rule(ruleName);
            if (rule.isPresent()) {
                int line = lineReading(files.text(outline.file()), rule.get(), field);
                return Optional.of(new RuleProblem(outline.file(), line, inWords(message, field)));
            }
        }
        return Optional.empty();
    }

    /** The first line of the rule's conditions that names the field; the rule's own line if none does. */
    private static int lineReading(String drl, RuleDescr rule, String field) {
        String[] lines = drl.split("\r?\n", -1);
        Pattern word = Pattern.compile("\\b" + Pattern.quote(field) + "\\b");
        for (int i = rule.getLine() - 1; i < lines.length && !lines[i].strip().equals("then"); i++) {
            if (word.matcher(lines[i].replaceAll("//.*", "")).find()) {
                return i + 1;
            }
        }
        return rule.getLine();
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

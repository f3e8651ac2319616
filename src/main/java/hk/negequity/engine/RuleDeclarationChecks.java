package hk.negequity.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What each rule declares, checked before the rules are compiled: a salience the compiler would choke on, or
 * an advice rule that would only fail once it fires, is reported at its line instead.
 */
final class RuleDeclarationChecks {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,10}");
    private static final String ADVICE = "Advice.of(";

    private RuleDeclarationChecks() {
    }

    /** Adds a problem for each rule with a salience that is not a whole number; true if there was none. */
    static boolean checkSalience(Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        boolean sound = true;
        for (DrlOutline outline : outlines.values()) {
            for (RuleDescr rule : outline.rules()) {
                AttributeDescr salience = rule.getAttributes().get("salience");
                if (salience != null && !isInt(salience.getValue().strip())) {
                    // An expression may fail when the rules are built, or order the rules differently per request.
                    problems.add(new RuleProblem(outline.file(), salience.getLine() > 0 ? salience.getLine()
                            : rule.getLine(), "salience must be a whole number from " + Integer.MIN_VALUE + " to "
                            + Integer.MAX_VALUE + ", not " + salience.getValue().strip()));
                    sound = false;
                }
            }
        }
        return sound;
    }

    /**
     * The files with every salience that is not a whole number read as 0, on the same line, so that they can be
     * compiled for the mistakes they may have besides (each reported by {@link #checkSalience}); null where a
     * salience cannot be found on its line as written.
     */
    static RuleFiles withSoundSaliences(RuleFiles files, Map<String, DrlOutline> outlines) {
        Map<String, byte[]> contents = new java.util.HashMap<>();
        for (String name : files.namesEndingWith("")) {
            contents.put(name, files.bytes(name));
        }
        for (DrlOutline outline : outlines.values()) {
            List<String> lines = new java.util.ArrayList<>(files.text(outline.file()).lines().toList());
            boolean changed = false;
            for (RuleDescr rule : outline.rules()) {
                AttributeDescr salience = rule.getAttributes().get("salience");
                if (salience == null || isInt(salience.getValue().strip())) {
                    continue;
                }
                int index = salience.getLine() - 1;
                String written = "salience " + salience.getValue().strip();
                if (index < 0 || index >= lines.size() || !lines.get(index).contains(written)) {
                    return null;
                }
                lines.set(index, lines.get(index).replace(written, "salience 0"));
                changed = true;
            }
            if (changed) {
                contents.put(outline.file(), (String.join("\n", lines) + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return RuleFiles.of(contents);
    }

    /**
     * Far deeper than any rule's conditions need (these nest four at most): the compiler's work on a condition
     * grows exponentially with its brackets' depth, minutes at 18, and a few hundred run it out of stack.
     */
    static final int MOST_NESTED = 10;

    /**
     * Adds a problem for each file with a condition whose brackets nest deeper than {@link #MOST_NESTED}; true if
     * there was none.
     */
    static boolean checkNesting(RuleFiles files, Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        boolean sound = true;
        for (String file : outlines.keySet()) {
            String[] code = DrlCode.withoutCommentsAndStrings(files.text(file));
            // Only conditions: the compiler generates code for them, while consequences and functions are Java,
            // which nests as deep as it likes.
            boolean[] conditions = DrlCode.conditionLines(code);
            int depth = 0;
            for (int i = 0; i < code.length && depth <= MOST_NESTED; i++) {
                if (!conditions[i]) {
                    depth = 0;
                    continue;
                }
                for (char ch : code[i].toCharArray()) {
                    if (ch == '(' || ch == '[' || ch == '{') {
                        if (++depth > MOST_NESTED) {
                            problems.add(new RuleProblem(file, i + 1, "brackets are nested more than " + MOST_NESTED
                                    + " deep on this line; no rule needs as many: split the expression"));
                            sound = false;
                            break;
                        }
                    } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
                        depth--;
                    }
                }
            }
        }
        return sound;
    }

    /** A rule that inserts advice must say which: without {@code @code} it would fail each time it fired. */
    static void checkAdviceRulesDeclareACode(Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        for (DrlOutline outline : outlines.values()) {
            for (RuleDescr rule : outline.rules()) {
                if (String.valueOf(rule.getConsequence()).contains(ADVICE) && rule.getAnnotation("code") == null) {
                    problems.add(new RuleProblem(outline.file(), rule.getLine(), "rule \"" + rule.getName()
                            + "\" inserts advice but declares no @code: an advice rule declares @code, @category,"
                            + " @severity and @source"));
                }
            }
        }
    }

    /**
     * A rule file that declares nothing (emptied by mistake, say) would otherwise show only as its messages
     * belonging to no rule.
     */
    static void checkEveryFileDeclaresSomething(Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        for (DrlOutline outline : outlines.values()) {
            PackageDescr descr = outline.descr();
            if (descr != null && descr.getRules().isEmpty() && descr.getFunctions().isEmpty()
                    && descr.getGlobals().isEmpty() && descr.getTypeDeclarations().isEmpty()
                    && descr.getEnumDeclarations().isEmpty()) {
                problems.add(new RuleProblem(outline.file(), 1, "the file declares no rule (is it empty?)"));
            }
        }
    }

    private static boolean isInt(String value) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            return false;
        }
        long number = Long.parseLong(value);
        return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
    }
}

package hk.negequity.engine;

import hk.negequity.facts.RuleMetadata;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What a rule says of its advice, checked as written: Drools keeps any annotation and reads a repeated one as one,
 * so a misspelt {@code @varient(drawn)} would silently give an owner a buyer's wording, and a second
 * {@code @severity} would be dropped without a word.
 */
final class RuleAnnotationChecks {

    /** The metadata an advice rule declares (README, "The rules"). */
    static final Set<String> KNOWN = Set.of("code", "variant", "category", "severity", "source");
    private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)");
    private static final Pattern BODY_STARTS = Pattern.compile("^\\s*(when|then|end)\\b");

    private RuleAnnotationChecks() {
    }

    static void check(RuleFiles files, Map<String, DrlOutline> outlines, List<RuleProblem> problems) {
        Map<String, String[]> categoryOf = new HashMap<>(); // code -> {category, where first declared}
        Map<String, Declared> declared = new HashMap<>();
        for (DrlOutline outline : outlines.values()) {
            String[] code = DrlCode.withoutCommentsAndStrings(files.text(outline.file()));
            for (RuleDescr rule : outline.rules()) {
                checkHeader(outline.file(), code, rule, problems);
                checkCategory(outline.file(), code, rule, categoryOf, problems);
                checkName(outline, rule, declared, problems);
            }
        }
    }

    /**
     * Each advice rule's wrong metadata value ({@code @severity(WARNNG)}), at its line, found as written: the same
     * mistakes {@link RuleMetadata#of} finds in a compiled rule base, for a run in which another file stops the rules
     * compiling, so that one run still reports them.
     */
    static List<RuleProblem> valueMistakes(RuleFiles files, Map<String, DrlOutline> outlines) {
        List<RuleProblem> mistakes = new java.util.ArrayList<>();
        for (DrlOutline outline : outlines.values()) {
            String[] code = DrlCode.withoutCommentsAndStrings(files.text(outline.file()));
            for (RuleDescr rule : outline.rules()) {
                if (rule.getAnnotation(RuleMetadata.CODE) == null) {
                    continue;
                }
                RuleMetadata.MetadataMistake mistake = RuleMetadata.mistakeIn(rule.getName(),
                        value(rule, RuleMetadata.CODE), value(rule, RuleMetadata.CATEGORY),
                        value(rule, RuleMetadata.SEVERITY), value(rule, RuleMetadata.VARIANT));
                if (mistake != null) {
                    mistakes.add(new RuleProblem(outline.file(), annotationLine(code, rule.getLine(), mistake.key()),
                            mistake.getMessage()));
                }
            }
        }
        return mistakes;
    }

    private static String value(RuleDescr rule, String key) {
        AnnotationDescr annotation = rule.getAnnotation(key);
        String text = annotation == null ? "" : unquoted(annotation.getSingleValue());
        return text.isEmpty() ? null : text;
    }

    /** The line of the rule's first {@code @key} between its name and its {@code when}, else the rule's own. */
    static int annotationLine(String text, int ruleLine, String key) {
        return annotationLine(DrlCode.withoutCommentsAndStrings(text), ruleLine, key);
    }

    private static int annotationLine(String[] code, int ruleLine, String key) {
        return header(code, ruleLine).stream().filter(annotation -> annotation.key().equals(key))
                .mapToInt(Annotation::line).findFirst().orElse(ruleLine);
    }

    /** An annotation as written: its key and its line. */
    private record Annotation(String key, int line) {
    }

    /** Each annotation between a rule's name (at {@code ruleLine}) and its {@code when}, in order. */
    private static List<Annotation> header(String[] code, int ruleLine) {
        List<Annotation> annotations = new java.util.ArrayList<>();
        for (int i = Math.max(0, ruleLine - 1); i < code.length; i++) {
            if (i > ruleLine - 1 && BODY_STARTS.matcher(code[i]).find()) {
                break;
            }
            Matcher annotation = ANNOTATION.matcher(code[i]);
            while (annotation.find()) {
                annotations.add(new Annotation(annotation.group(1), i + 1));
            }
        }
        return annotations;
    }

    /** Each annotation between the rule's name and its {@code when}: one the rules read, and given once. */
    private static void checkHeader(String file, String[] code, RuleDescr rule, List<RuleProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (Annotation annotation : header(code, rule.getLine())) {
            String key = annotation.key();
            if (!KNOWN.contains(key)) {
                problems.add(new RuleProblem(file, annotation.line(), "rule \"" + rule.getName() + "\": @" + key
                        + " is not metadata the rules read (they read @" + String.join(", @", KNOWN.stream()
                        .sorted().toList()) + ")"));
            } else if (!seen.add(key)) {
                problems.add(new RuleProblem(file, annotation.line(), "rule \"" + rule.getName() + "\": @" + key
                        + " is given more than once; only one is read"));
            }
        }
    }

    /** One category per code: the code table, and a client grouping advice by it, rely on it. */
    private static void checkCategory(String file, String[] text, RuleDescr rule, Map<String, String[]> categoryOf,
                                      List<RuleProblem> problems) {
        AnnotationDescr code = rule.getAnnotation("code");
        AnnotationDescr category = rule.getAnnotation("category");
        if (code == null || category == null) {
            return;
        }
        // As the service reads them (RuleMetadata): without quotes, the category in capitals.
        String codeName = unquoted(code.getSingleValue());
        String categoryName = unquoted(category.getSingleValue()).toUpperCase(java.util.Locale.ROOT);
        if (RuleMetadata.mistakeIn(rule.getName(), null, categoryName, null, null) != null) {
            return; // not a category at all: reported as such, not as a second category for its code
        }
        int line = annotationLine(text, rule.getLine(), "category");
        String[] first = categoryOf.putIfAbsent(codeName, new String[] {categoryName, file + ":" + line});
        if (first != null && !first[0].equals(categoryName)) {
            problems.add(new RuleProblem(file, line, "rule \"" + rule.getName() + "\": " + codeName
                    + " is @category(" + categoryName + ") here but @category(" + first[0] + ") at " + first[1]
                    + "; a code has one category"));
        }
    }

    /** A metadata value as the service reads it: without the quotes around it, if any. */
    static String unquoted(Object value) {
        String text = String.valueOf(value).strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).strip() : text;
    }

    /**
     * A rule name is one rule: Drools reports a name declared twice in one package, but not in two packages (a
     * copy of a file whose package was changed to match its folder), where both would fire.
     */
    private static void checkName(DrlOutline outline, RuleDescr rule, Map<String, Declared> declared,
                                  List<RuleProblem> problems) {
        Declared here = new Declared(outline.packageName(), outline.file(), rule.getLine());
        Declared first = declared.putIfAbsent(rule.getName(), here);
        if (first != null && !first.packageName().equals(here.packageName())) {
            problems.add(new RuleProblem(here.file(), here.line(), "Duplicate rule name: " + rule.getName()
                    + " (also at " + first.place() + ", in another package)"));
            problems.add(new RuleProblem(first.file(), first.line(), "Duplicate rule name: " + rule.getName()
                    + " (also at " + here.place() + ", in another package)"));
        }
    }

    /** Where a rule name was first declared. */
    private record Declared(String packageName, String file, int line) {

        String place() {
            return file + ":" + line;
        }
    }
}

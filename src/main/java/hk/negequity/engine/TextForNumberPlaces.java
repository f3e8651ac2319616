package hk.negequity.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.ImportDescr;

/**
 * The executable model's generator does not report a text compared with a number field
 * ({@code tenorMonths > "x"}): it throws the {@code NumberFormatException} of reading the text as a number. That
 * exception names the text; the condition that writes it, in quotes, is the line to mend.
 */
final class TextForNumberPlaces {

    private static final Pattern INPUT = Pattern.compile("For input string: \"(.*)\"");

    private TextForNumberPlaces() {
    }

    /**
     * The problems the failure stands for, if it is such a text: each condition that compares a field with it.
     * The exception does not say which rule failed, so where several do, each is named; empty if none does.
     */
    static List<RuleProblem> place(RuntimeException failure, Collection<DrlOutline> outlines, RuleFiles files) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher input = cause instanceof NumberFormatException && cause.getMessage() != null
                    ? INPUT.matcher(cause.getMessage()) : null;
            if (input != null && input.find()) {
                return conditionsComparingWith("\"" + input.group(1) + "\"", outlines, files);
            }
        }
        return List.of();
    }

    private static List<RuleProblem> conditionsComparingWith(String quoted, Collection<DrlOutline> outlines,
                                                             RuleFiles files) {
        Pattern comparison = Pattern.compile("(\\w+)\\s*(?:==|!=|<=|>=|<|>)\\s*" + Pattern.quote(quoted));
        List<RuleProblem> found = new ArrayList<>();
        List<RuleProblem> ofNumbers = new ArrayList<>();
        for (DrlOutline outline : outlines) {
            String[] code = DrlCode.withoutCommentsAndStrings(files.text(outline.file()));
            boolean[] conditions = DrlCode.conditionLines(code);
            String[] written = files.text(outline.file()).split("\r?\n", -1);
            for (int i = 0; i < written.length; i++) {
                Matcher compared = comparison.matcher(written[i]);
                // In code, not in a comment: the string's opening quote is still there once comments are blanked.
                if (conditions[i] && compared.find() && code[i].charAt(compared.end() - quoted.length()) == '"') {
                    RuleProblem problem = new RuleProblem(outline.file(), i + 1, quoted
                            + " is a text compared with a number field: write the number without quotes");
                    found.add(problem);
                    if (isNumberFieldIn(compared.group(1), outline)) {
                        ofNumbers.add(problem);
                    }
                }
            }
        }
        // The same text compared with a text field elsewhere is no mistake: those with a number field, if any.
        return ofNumbers.isEmpty() ? found : ofNumbers;
    }

    /** Whether a class the file imports has a number-valued property of that name. */
    private static boolean isNumberFieldIn(String field, DrlOutline outline) {
        if (outline.descr() == null) {
            return false;
        }
        String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (ImportDescr imported : outline.descr().getImports()) {
            try {
                Class<?> type = Class.forName(imported.getTarget(), false, TextForNumberPlaces.class.getClassLoader());
                for (Method method : type.getMethods()) {
                    Class<?> value = method.getReturnType();
                    if (method.getParameterCount() == 0 && (method.getName().equals(field) || method.getName().equals(getter))
                            && (Number.class.isAssignableFrom(value)
                            || value.isPrimitive() && value != boolean.class && value != char.class && value != void.class)) {
                        return true;
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a wildcard or a class that is not there: the compiler has its say on it
            }
        }
        return false;
    }
}

package hk.negequity.engine;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The executable model's generator does not report a text compared with a number field
 * ({@code tenorMonths > "x"}): it throws the {@code NumberFormatException} of reading the text as a number. That
 * exception names the text; the condition that writes it, in quotes, is the line to mend.
 */
final class TextForNumberPlaces {

    private static final Pattern INPUT = Pattern.compile("For input string: \"(.*)\"");

    private TextForNumberPlaces() {
    }

    /** The problem the failure stands for, if it is such a text and a condition writes it. */
    static Optional<RuleProblem> place(RuntimeException failure, Collection<DrlOutline> outlines, RuleFiles files) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher input = cause instanceof NumberFormatException && cause.getMessage() != null
                    ? INPUT.matcher(cause.getMessage()) : null;
            if (input != null && input.find()) {
                return conditionWriting("\"" + input.group(1) + "\"", outlines, files);
            }
        }
        return Optional.empty();
    }

    private static Optional<RuleProblem> conditionWriting(String quoted, Collection<DrlOutline> outlines,
                                                          RuleFiles files) {
        for (DrlOutline outline : outlines) {
            String[] code = DrlCode.withoutCommentsAndStrings(files.text(outline.file()));
            String[] written = files.text(outline.file()).split("\r?\n", -1);
            boolean conditions = false;
            for (int i = 0; i < written.length; i++) {
                String words = code[i].strip();
                conditions = words.equals("when") || (conditions && !words.equals("then"));
                int at = written[i].indexOf(quoted);
                // In code, not in a comment: the string's opening quote is still there once comments are blanked.
                if (conditions && at >= 0 && code[i].charAt(at) == '"') {
                    return Optional.of(new RuleProblem(outline.file(), i + 1, quoted
                            + " is a text compared with a number field: write the number without quotes"));
                }
            }
        }
        return Optional.empty();
    }
}

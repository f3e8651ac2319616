package hk.negequity.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns the rule compiler's errors into {@code file:line: message} problems. The executable model reports
 * some errors (an unknown field, a type mismatch) without a line, or against a Java file it generated;
 * those are placed by finding the expression the error quotes in the DRL sources.
 */
final class BuildErrors {

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'|\"([^\"]+)\"|\\[([^\\]]+)]");

    private BuildErrors() {
    }

    static List<RuleProblem> locate(List<Message> errors, Map<String, String> sourceOf, RuleFiles files) {
        Set<RuleProblem> problems = new LinkedHashSet<>();
        for (Message error : errors) {
            String text = firstLine(error.getText());
            String source = sourceOf.get(error.getPath());
            if (source != null && error.getLine() > 0) {
                problems.add(new RuleProblem(source, error.getLine(), text));
                continue;
            }
            RuleProblem found = findQuoted(text, sourceOf.values(), files);
            if (found != null) {
                problems.add(found);
            } else if (source != null) {
                problems.add(new RuleProblem(source, 0, text));
            } else if (!isGeneratedSourceDump(error)) {
                problems.add(new RuleProblem("?", 0, text));
            }
        }
        return new ArrayList<>(problems);
    }

    /**
     * Finds the first DRL line containing a fragment the message quotes, or the expression it ends with
     * ("Unable to parse left part of expression: loanToValue > 90").
     */
    private static RuleProblem findQuoted(String text, Iterable<String> sources, RuleFiles files) {
        List<String> fragments = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            fragments.add(matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        int colon = text.lastIndexOf(": ");
        if (colon >= 0) {
            fragments.add(text.substring(colon + 2));
        }
        for (String fragment : fragments) {
            String wanted = fragment.strip();
            if (wanted.length() < 2) {
                continue;
            }
            for (String source : sources) {
                String[] lines = files.text(source).split("\r?\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(wanted)) {
                        return new RuleProblem(source, i + 1, text);
                    }
                }
            }
        }
        return null;
    }

    /** The exec model follows a Java error with the whole generated class; the error itself is enough. */
    private static boolean isGeneratedSourceDump(Message error) {
        return error.getText().startsWith("Java source of ");
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}

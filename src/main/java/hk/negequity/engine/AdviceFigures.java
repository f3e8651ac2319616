package hk.negequity.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Reads, from a rule's consequence, the names of the figures it passes to {@code Advice.of(kcontext, "name",
 * value, ...)}: what its message texts may refer to.
 */
final class AdviceFigures {

    private static final String CALL = "Advice.of(";

    private AdviceFigures() {
    }

    static List<String> namesIn(RuleDescr rule) {
        Object consequence = rule.getConsequence();
        String text = consequence == null ? "" : consequence.toString();
        List<String> names = new ArrayList<>();
        int at = text.indexOf(CALL);
        while (at >= 0) {
            List<String> arguments = arguments(text, at + CALL.length());
            for (int i = 1; i < arguments.size(); i += 2) {
                String argument = arguments.get(i).strip();
                if (argument.length() >= 2 && argument.startsWith("\"") && argument.endsWith("\"")) {
                    names.add(argument.substring(1, argument.length() - 1));
                }
            }
            at = text.indexOf(CALL, at + 1);
        }
        return names;
    }

    /** Splits the argument list starting at {@code from} on top-level commas, up to the closing parenthesis. */
    private static List<String> arguments(String text, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(current.toString());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        arguments.add(current.toString());
        return arguments;
    }
}

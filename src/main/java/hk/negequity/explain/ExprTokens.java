package hk.negequity.explain;

import java.util.ArrayList;
import java.util.List;

/** Splits a condition into tokens: names, numbers, string literals and operators. */
final class ExprTokens {

    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-",
            "*", "/", "!", "(", ")", ",", ".", ":");

    private ExprTokens() {
    }

    static List<String> split(String source) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = source.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed string in '" + source + "'");
                }
                tokens.add(source.substring(i, end + 1));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < source.length() && (Character.isDigit(source.charAt(end)) || source.charAt(end) == '_'
                        || (source.charAt(end) == '.' && end + 1 < source.length()
                        && Character.isDigit(source.charAt(end + 1))))) {
                    end++;
                }
                tokens.add(source.substring(i, end));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
                    end++;
                }
                tokens.add(source.substring(i, end));
                i = end;
            } else {
                String operator = operatorAt(source, i);
                tokens.add(operator);
                i += operator.length();
            }
        }
        return tokens;
    }

    private static String operatorAt(String source, int i) {
        for (String operator : OPERATORS) {
            if (source.startsWith(operator, i)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("unexpected '" + source.charAt(i) + "' in '" + source + "'");
    }
}

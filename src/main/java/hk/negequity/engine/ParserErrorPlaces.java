package hk.negequity.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL parser reports a missing token where it next reads one: a pattern left open at the start of the next
 * line, a rule without its {@code end} at the next rule or at the end of the file. The line to mend is the one
 * before; this moves such problems there and says what was read. Comments and strings are read as nothing.
 */
final class ParserErrorPlaces {

    private static final Pattern MISMATCHED = Pattern.compile(
            "^\\[ERR \\d+] Line (\\d+):(\\d+) mismatched input '(.*?)'(.*)$");
    private static final Pattern STARTS_A_UNIT = Pattern.compile("(rule|query|declare)\\s+\\S");
    private static final Pattern ENDS_A_UNIT = Pattern.compile("end");
    private static final Pattern UNIT_KEYWORD = Pattern.compile("(rule|query|declare)\\b");

    private ParserErrorPlaces() {
    }

    /** A problem's line and text, moved to the line to mend where the parser read past it; else as given. */
    static RuleProblem place(String source, String drl, int line, String text) {
        Matcher mismatched = MISMATCHED.matcher(text);
        if (!mismatched.matches()) {
            return new RuleProblem(source, line, text);
        }
        String[] code = DrlCode.withoutCommentsAndStrings(drl);
        int column = Integer.parseInt(mismatched.group(2));
        String read = mismatched.group(3);
        String rest = mismatched.group(4);
        int[] unended = ruleWithoutEnd(code, line);
        if (unended != null) {
            return new RuleProblem(source, unended[1], "the rule that begins on line " + unended[0]
                    + " has no 'end' before the next rule, on line " + unended[2] + " (is it missing or misspelt?); the "
                    + "parser said: mismatched input '" + read + "' on line " + line);
        }
        if (read.equals("<eof>")) {
            // An unclosed bracket reads every rule after it as its contents: count from the file's start.
            String[] written = drl.split("\r?\n", -1);
            int opened = openBracketBefore(code, 0, code.length + 1);
            if (opened > 0) {
                // A quote left open turns the file's later quotes inside out, so a bracket seems unclosed as well.
                String what = DrlCode.leavesAQuoteOpen(written[opened - 1]) ? "a quote" : "a bracket";
                return new RuleProblem(source, opened, "mismatched input '<eof>'" + rest
                        + ": " + what + " opened on this line is never closed");
            }
            int stray = strayAfterTheLastEnd(code);
            if (stray > 0) {
                // Quoted as written, strings and all.
                return new RuleProblem(source, stray, "'" + written[stray - 1].strip()
                        + "' follows the last rule's 'end' "
                        + "but begins no rule, query, function or declaration (the parser said: mismatched input "
                        + "'<eof>' on line " + line + ")");
            }
            int last = lastCodeLineBefore(code, code.length + 1);
            return last == 0 ? new RuleProblem(source, line, text) : new RuleProblem(source, last,
                    "mismatched input '<eof>'" + rest + ": the file ends before the rule's 'end' (is it missing or "
                            + "misspelt?)");
        }
        boolean firstOnItsLine = line <= code.length
                && code[line - 1].substring(0, Math.min(column, code[line - 1].length())).isBlank();
        int before = lastCodeLineBefore(code, line);
        if (firstOnItsLine && before > 0 && openBracketBefore(code, unitStartBefore(code, line), line) > 0) {
            return new RuleProblem(source, before, "mismatched input '" + read + "' at the start of line " + line
                    + rest + ": this line leaves a bracket open (is a ')' or a ',' missing at its end?)");
        }
        return new RuleProblem(source, line, text);
    }

    /** Whether the file ends inside a rule, query or declaration, or with a bracket open: cut short, say. */
    static boolean endsInsideAUnit(String drl) {
        String[] code = DrlCode.withoutCommentsAndStrings(drl);
        if (openBracketBefore(code, 0, code.length + 1) > 0) {
            return true;
        }
        return lastEnd(code) == UNIT_OPEN;
    }

    /** What {@link #lastEnd} answers for a file that ends inside a rule, query or declaration. */
    private static final int UNIT_OPEN = -2;

    /**
     * The index of the line of the last unit's {@code end}; -1 if there is none; {@link #UNIT_OPEN} if a rule, query
     * or declaration is still open at the end of the file.
     */
    private static int lastEnd(String[] code) {
        boolean open = false;
        int lastEnd = -1;
        for (int i = 0; i < code.length; i++) {
            String content = code[i].strip();
            if (STARTS_A_UNIT.matcher(content).lookingAt()) {
                open = true;
            } else if (ENDS_A_UNIT.matcher(content).matches()) {
                open = false;
                lastEnd = i;
            }
        }
        return open ? UNIT_OPEN : lastEnd;
    }

    /**
     * The line (1-based) that opened the bracket still open where {@code line} begins, counting from the line at
     * index {@code from}; 0 if none is open.
     */
    private static int openBracketBefore(String[] code, int from, int line) {
        int depth = 0;
        int openedAt = 0;
        for (int i = from; i < Math.min(line - 1, code.length); i++) {
            for (char ch : code[i].toCharArray()) {
                if (ch == '(' || ch == '[' || ch == '{') {
                    if (depth++ == 0) {
                        openedAt = i + 1;
                    }
                } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
                    depth--;
                }
            }
        }
        return depth > 0 ? openedAt : 0;
    }

    /** The index of the last line before {@code line} (1-based) that begins a rule, query or declaration; else 0. */
    private static int unitStartBefore(String[] code, int line) {
        for (int i = Math.min(line - 1, code.length) - 1; i >= 0; i--) {
            if (STARTS_A_UNIT.matcher(code[i].strip()).lookingAt()) {
                return i;
            }
        }
        return 0;
    }

    /**
     * A rule (or query, or declaration) that begins before {@code line} and is followed by another before its
     * {@code end}: its first line, its last line of code and the next one's first line (1-based); else null.
     */
    private static int[] ruleWithoutEnd(String[] code, int line) {
        int open = 0;
        for (int i = 0; i < code.length; i++) {
            String content = code[i].strip();
            if (STARTS_A_UNIT.matcher(content).lookingAt()) {
                if (open > 0 && open <= line) {
                    return new int[] {open, lastCodeLineBefore(code, i + 1), i + 1};
                }
                open = i + 1;
            } else if (ENDS_A_UNIT.matcher(content).matches()) {
                open = 0;
            }
        }
        return null;
    }

    /**
     * The first line (1-based) with code after the last rule's {@code end}, where every rule has its end and no
     * function follows (whose body this reading does not follow); else 0.
     */
    private static int strayAfterTheLastEnd(String[] code) {
        int lastEnd = lastEnd(code);
        if (lastEnd < 0) {
            return 0;
        }
        for (int i = lastEnd + 1; i < code.length; i++) {
            if (code[i].strip().startsWith("function")) {
                return 0;
            }
        }
        int last = lastCodeLineBefore(code, code.length + 1);
        for (int i = lastEnd + 1; i < last; i++) {
            if (!code[i].isBlank()) {
                // A rule begun but cut short ("rule" and no name yet) is an unended rule, not stray text.
                return UNIT_KEYWORD.matcher(code[i].strip()).lookingAt() ? 0 : i + 1;
            }
        }
        return 0;
    }

    /** The last line before {@code line} (1-based) with code on it; 0 if none. */
    private static int lastCodeLineBefore(String[] code, int line) {
        for (int i = Math.min(line - 1, code.length) - 1; i >= 0; i--) {
            if (!code[i].isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }
}

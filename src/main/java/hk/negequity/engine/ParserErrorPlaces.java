package hk.negequity.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL parser reports a missing token where it next reads one: a bracket left open at the start of the next
 * line, or at the end of the file, as is a rule without its {@code end}. The line to mend is the one that opened
 * the bracket, or the rule's last; this moves such problems there and says what was read.
 */
final class ParserErrorPlaces {

    private static final Pattern MISMATCHED = Pattern.compile(
            "^\\[ERR \\d+] Line (\\d+):(\\d+) mismatched input '(.*?)'(.*)$");

    private static final Pattern STARTS_A_UNIT = Pattern.compile("(rule|query|declare)\\s+\\S");
    private static final Pattern ENDS_A_UNIT = Pattern.compile("end\\s*(//.*)?");

    private ParserErrorPlaces() {
    }

    /** A problem's line and text, moved to the line to mend where the parser read past it; else as given. */
    static RuleProblem place(String source, String drl, int line, String text) {
        Matcher mismatched = MISMATCHED.matcher(text);
        if (!mismatched.matches()) {
            return new RuleProblem(source, line, text);
        }
        String[] lines = drl.split("\r?\n", -1);
        int column = Integer.parseInt(mismatched.group(2));
        String read = mismatched.group(3);
        String rest = mismatched.group(4);
        int[] unended = ruleWithoutEnd(lines);
        if (unended != null && unended[0] <= line) {
            return new RuleProblem(source, unended[1], "the rule that begins on line " + unended[0]
                    + " has no 'end' before the next rule, on line " + unended[2] + " (is it missing or misspelt?); the "
                    + "parser said: mismatched input '" + read + "' on line " + line);
        }
        if (read.equals("<eof>")) {
            int opened = openBracketBefore(lines, lines.length + 1);
            if (opened > 0) {
                return new RuleProblem(source, opened, "mismatched input '<eof>'" + rest
                        + ": a bracket opened on this line is never closed");
            }
            int last = lastContentLine(lines);
            return last == 0 ? new RuleProblem(source, line, text) : new RuleProblem(source, last,
                    "mismatched input '<eof>'" + rest + ": the file ends before the rule's 'end' (is it missing or "
                            + "misspelt?)");
        }
        boolean firstOnItsLine = line <= lines.length
                && lines[line - 1].substring(0, Math.min(column, lines[line - 1].length())).isBlank();
        int opened = firstOnItsLine ? openBracketBefore(lines, line) : 0;
        if (opened > 0) {
            return new RuleProblem(source, opened, "mismatched input '" + read + "' at the start of line " + line
                    + rest + ": a bracket opened on this line is not closed (is a ')' missing?)");
        }
        return new RuleProblem(source, line, text);
    }

    /**
     * The line (1-based) that opened the bracket still open where {@code line} begins, or 0 if none is; strings and
     * comments are skipped.
     */
    static int openBracketBefore(String[] lines, int line) {
        int depth = 0;
        int openedAt = 0;
        boolean inBlockComment = false;
        for (int i = 0; i < Math.min(line - 1, lines.length); i++) {
            String text = lines[i];
            char quote = 0;
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (inBlockComment) {
                    if (ch == '*' && c + 1 < text.length() && text.charAt(c + 1) == '/') {
                        inBlockComment = false;
                        c++;
                    }
                } else if (quote != 0) {
                    if (ch == '\\') {
                        c++;
                    } else if (ch == quote) {
                        quote = 0;
                    }
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '/' && c + 1 < text.length() && text.charAt(c + 1) == '/') {
                    break;
                } else if (ch == '/' && c + 1 < text.length() && text.charAt(c + 1) == '*') {
                    inBlockComment = true;
                    c++;
                } else if (ch == '(' || ch == '[' || ch == '{') {
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

    /**
     * The first rule (or query, or declaration) followed by another before its {@code end}: its first line, its
     * last line of content and the next one's first line (1-based); null if every one is ended.
     */
    private static int[] ruleWithoutEnd(String[] lines) {
        int open = 0;
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].strip();
            if (STARTS_A_UNIT.matcher(content).lookingAt()) {
                if (open > 0) {
                    return new int[] {open, lastContentLine(java.util.Arrays.copyOf(lines, i)), i + 1};
                }
                open = i + 1;
            } else if (ENDS_A_UNIT.matcher(content).matches()) {
                open = 0;
            }
        }
        return null;
    }

    /** The last line (1-based) with something other than blanks or a // comment; 0 if none. */
    private static int lastContentLine(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            String content = lines[i].strip();
            if (!content.isEmpty() && !content.startsWith("//")) {
                return i + 1;
            }
        }
        return 0;
    }
}

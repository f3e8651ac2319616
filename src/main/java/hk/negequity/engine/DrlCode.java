package hk.negequity.engine;

/** A DRL file's lines as the parser's structure sees them: comments and the insides of strings blanked. */
final class DrlCode {

    private DrlCode() {
    }

    /**
     * Each line with its comments ({@code //} and block comments) and the contents of its strings (in double or
     * single quotes) replaced by spaces, so that lines and columns stay where they were.
     */
    static String[] withoutCommentsAndStrings(String drl) {
        String[] lines = drl.split("\r?\n", -1);
        String[] code = new String[lines.length];
        boolean[] inBlockComment = {false};
        for (int i = 0; i < lines.length; i++) {
            char[] text = lines[i].toCharArray();
            blank(text, inBlockComment);
            code[i] = new String(text);
        }
        return code;
    }

    /** Whether a line (outside a block comment) ends inside a string: a quote on it is left open. */
    static boolean leavesAQuoteOpen(String line) {
        return blank(line.toCharArray(), new boolean[] {false}) != 0;
    }

    /**
     * Blanks one line's comments and the contents of its strings, in place; {@code inBlockComment} carries a block
     * comment from line to line. The quote still open at the line's end, or 0.
     */
    private static char blank(char[] text, boolean[] inBlockComment) {
        char quote = 0;
        for (int c = 0; c < text.length; c++) {
            char ch = text[c];
            boolean next = c + 1 < text.length;
            if (inBlockComment[0]) {
                inBlockComment[0] = !(ch == '*' && next && text[c + 1] == '/');
                text[c] = ' ';
                if (!inBlockComment[0]) {
                    text[++c] = ' ';
                }
            } else if (quote != 0) {
                if (ch == '\\' && next) {
                    text[c++] = ' ';
                } else if (ch == quote) {
                    quote = 0;
                    continue;
                }
                text[c] = ' ';
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '/' && next && text[c + 1] == '/') {
                java.util.Arrays.fill(text, c, text.length, ' ');
                break;
            } else if (ch == '/' && next && text[c + 1] == '*') {
                inBlockComment[0] = true;
                text[c] = ' ';
                text[++c] = ' ';
            }
        }
        return quote;
    }

    /**
     * For each line of {@code code} (as {@link #withoutCommentsAndStrings} gives it), whether it is among a rule's
     * conditions: from its {@code when}, that line too (a condition may stand beside it), to the line before its
     * {@code then}.
     */
    static boolean[] conditionLines(String[] code) {
        boolean[] conditions = new boolean[code.length];
        boolean within = false;
        for (int i = 0; i < code.length; i++) {
            String words = code[i].strip();
            within = words.startsWith("when") || (within && !words.startsWith("then"));
            conditions[i] = within;
        }
        return conditions;
    }
}

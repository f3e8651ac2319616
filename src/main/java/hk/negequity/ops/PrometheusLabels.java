package hk.negequity.ops;

/**
 * Adds a label to every sample of a scrape in Prometheus' text format that does not have it already. A sample is
 * {@code name value}, or {@code name{labels} value} whose label values are quoted and may hold spaces, commas,
 * braces and escaped quotes; comment lines ({@code # HELP}, {@code # TYPE}) are left as they are.
 */
final class PrometheusLabels {

    private PrometheusLabels() {
    }

    static String withEverywhere(String scrape, String label, String value) {
        String pair = label + "=\"" + escaped(value) + "\"";
        StringBuilder out = new StringBuilder(scrape.length() + 64 * 40);
        int start = 0;
        while (start < scrape.length()) {
            int end = scrape.indexOf('\n', start);
            end = end < 0 ? scrape.length() : end + 1;
            appendLabelled(out, scrape, start, end, label, pair);
            start = end;
        }
        return out.toString();
    }

    private static void appendLabelled(StringBuilder out, String scrape, int start, int end, String label, String pair) {
        int nameEnd = start;
        while (nameEnd < end && " {\n".indexOf(scrape.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        if (nameEnd == start || scrape.charAt(start) == '#' || nameEnd == end) {
            out.append(scrape, start, end); // a comment, a blank line, or no sample
            return;
        }
        if (scrape.charAt(nameEnd) == ' ') {
            out.append(scrape, start, nameEnd).append('{').append(pair).append('}').append(scrape, nameEnd, end);
            return;
        }
        int close = closingBrace(scrape, nameEnd + 1, end);
        if (close < 0 || hasLabel(scrape, nameEnd + 1, close, label)) {
            out.append(scrape, start, end);
            return;
        }
        out.append(scrape, start, close);
        if (close > nameEnd + 1 && scrape.charAt(close - 1) != ',') {
            out.append(',');
        }
        out.append(pair).append(scrape, close, end);
    }

    /** The brace that closes the labels begun before {@code from}, skipping quoted values; -1 if none. */
    private static int closingBrace(String scrape, int from, int end) {
        boolean quoted = false;
        for (int i = from; i < end; i++) {
            char c = scrape.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the labels between {@code from} and {@code to} name {@code label}: one at the start or after a comma. */
    private static boolean hasLabel(String scrape, int from, int to, String label) {
        boolean quoted = false;
        boolean atName = true;
        for (int i = from; i < to; i++) {
            char c = scrape.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                atName = true;
            } else if (atName && !Character.isWhitespace(c)) {
                if (scrape.startsWith(label + "=", i)) {
                    return true;
                }
                atName = false;
            }
        }
        return false;
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

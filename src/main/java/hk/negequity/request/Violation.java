package hk.negequity.request;

/**
 * One thing wrong with a request: the field's path ({@code loan.amount}, {@code [3].loan}), or a query
 * parameter's name after a {@code ?} ({@code ?explain}), and why.
 */
public record Violation(String path, String detail) {

    public boolean isQueryParameter() {
        return path.startsWith("?");
    }

    /** The same place as an RFC 6901 JSON pointer: {@code /loan/amount}, {@code /3/loan}, {@code /a.b}. */
    public String pointer() {
        if (path.isEmpty() || isQueryParameter()) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            String part;
            if (c == '.') {
                i++;
                continue;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                // A quoted name, as FieldNames.child writes one: ["a.b"], with \" and \\ escaped.
                StringBuilder name = new StringBuilder();
                int j = i + 2;
                while (j < path.length() && path.charAt(j) != '"') {
                    if (path.charAt(j) == '\\' && j + 1 < path.length()) {
                        j++;
                    }
                    name.append(path.charAt(j++));
                }
                part = name.toString();
                i = j + 2;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                part = path.substring(i + 1, close);
                i = close + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                part = path.substring(i, end);
                i = end;
            }
            pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}

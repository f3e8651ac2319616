package hk.negequity.request;

/**
 * One thing wrong with a request: the field's path ({@code loan.amount}, {@code [3].loan}), or a query
 * parameter's name after a {@code ?} ({@code ?explain}), and why.
 */
public record Violation(String path, String detail) {

    public boolean isQueryParameter() {
        return path.startsWith("?");
    }

    /** The same place as an RFC 6901 JSON pointer: {@code /loan/amount}. */
    public String pointer() {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}

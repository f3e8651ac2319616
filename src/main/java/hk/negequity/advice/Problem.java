package hk.negequity.advice;

import hk.negequity.request.Violation;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} lists each bad field by path and JSON pointer;
 * {@code rulesetVersion}, an extension member, names the rules in service when the problem is sent, as every
 * answer does. Nothing from a Java exception (a class name, a stack trace) ever goes in here.
 */
public record Problem(String type, String title, int status, String detail, String instance, String rulesetVersion,
                      List<FieldError> errors) {

    /** Problem types are relative URIs under /problems/, resolved against the API's own address. */
    public static final String TYPE_PREFIX = "/problems/";

    /**
     * A bad field of the body, located by {@code pointer}, or a bad query parameter, named by
     * {@code parameter}; {@code path} is the same place as a reader writes it.
     */
    public record FieldError(String path, String pointer, String parameter, String detail) {

        static FieldError of(Violation violation) {
            if (violation.isQueryParameter()) {
                return new FieldError(violation.path(), null, violation.path().substring(1), violation.detail());
            }
            return new FieldError(violation.path(), "#" + asFragment(violation.pointer()), null, violation.detail());
        }

        /**
         * A JSON pointer in its URI fragment form (RFC 6901 §6): what a fragment may not hold, a space or a quote
         * in a field's name say, is percent-encoded as UTF-8, and so is a percent sign.
         */
        static String asFragment(String pointer) {
            StringBuilder fragment = new StringBuilder(pointer.length());
            for (byte b : pointer.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0)) {
                    fragment.append(c);
                } else {
                    fragment.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
                }
            }
            return fragment.toString();
        }

        private static final String HEX = "0123456789ABCDEF";
    }

    /**
     * More than a whole request has fields: a body with more mistakes than this is listed in part, so that a batch
     * of cases with hundreds of unknown keys each cannot make an answer many times its own size.
     */
    public static final int MOST_ERRORS_LISTED = 30;

    public static Problem invalidRequest(List<Violation> violations, String instance) {
        String detail = violations.size() == 1 ? "1 field is invalid: " + describe(violations.get(0))
                : violations.size() + " fields are invalid" + (violations.size() > MOST_ERRORS_LISTED
                        ? "; the first " + MOST_ERRORS_LISTED + " are listed" : "");
        return new Problem(TYPE_PREFIX + "invalid-request", "The request is not valid", 400, detail, instance, null,
                violations.stream().limit(MOST_ERRORS_LISTED).map(FieldError::of).toList());
    }

    public static Problem of(String type, String title, int status, String detail, String instance) {
        return new Problem(TYPE_PREFIX + type, title, status, detail, instance, null, null);
    }

    public static Problem firingLimit(int limit, String instance) {
        return of("rule-firing-limit", "Rule firing limit reached", 500, "the rules fired more than the limit of "
                + limit + " times for one request, which means a loop in the rule files; no advice was given", instance);
    }

    /** This problem as sent by a service with these rules in service (null: none loaded yet). */
    public Problem sentWith(String rulesetVersion) {
        return new Problem(type, title, status, detail, instance, rulesetVersion, errors);
    }

    public static Problem internalError(String instance) {
        return of("internal-error", "Internal error", 500,
                "the request could not be answered because of an error on our side; it has been logged", instance);
    }

    private static String describe(Violation violation) {
        return violation.path().isEmpty() ? violation.detail() : violation.path() + " " + violation.detail();
    }
}

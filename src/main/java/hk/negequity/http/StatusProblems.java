package hk.negequity.http;

import hk.negequity.advice.Problem;
import java.util.Locale;

/**
 * The problems for refusals the server makes by HTTP status alone (Javalin's no route or wrong method,
 * Jetty's headers too large...): one title per status, and the type named after it, wherever they are made.
 */
final class StatusProblems {

    private StatusProblems() {
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 408 -> "Request timeout";
            case 413 -> "Request body too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 417 -> "Expectation failed";
            case 426 -> "Upgrade required";
            case 431 -> "Request header fields too large";
            case 505 -> "HTTP version not supported";
            default -> status < 500 ? "Bad request" : "Server error";
        };
    }

    /** @param detail null for the title again; @param instance null where the path is not known */
    static Problem of(int status, String detail, String instance) {
        String title = title(status);
        return Problem.of(title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, status,
                detail == null ? title : detail, instance);
    }
}

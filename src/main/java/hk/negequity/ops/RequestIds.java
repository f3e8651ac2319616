package hk.negequity.ops;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id a request is logged under: the caller's {@code X-Request-Id} if it is a sane one, else a new one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Short and plain, so that a hostile header cannot forge log lines or bloat them. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    public static String of(String header) {
        return header != null && SANE.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}

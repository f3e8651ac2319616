package hk.negequity.http;

/**
 * Limits the HTTP layer enforces.
 *
 * @param maxBodyBytes largest body of a single request (larger: 413)
 */
public record HttpSettings(long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES);
    }
}

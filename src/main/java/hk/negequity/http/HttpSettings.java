package hk.negequity.http;

/**
 * Limits the HTTP layer enforces.
 *
 * @param maxBodyBytes      largest body of a single request (larger: 413)
 * @param maxBatchBodyBytes largest body of a batch (larger: 413); 1,000 full cases take about 700 KB
 * @param adminToken        the bearer token of the admin routes; null turns them off
 */
public record HttpSettings(long maxBodyBytes, long maxBatchBodyBytes, String adminToken) {

    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final long DEFAULT_MAX_BATCH_BODY_BYTES = 2 * 1024 * 1024;

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_BODY_BYTES, null);
    }

    public HttpSettings withAdminToken(String token) {
        return new HttpSettings(maxBodyBytes, maxBatchBodyBytes, token);
    }

    @Override
    public String toString() {
        // Never print the token.
        return "HttpSettings[maxBodyBytes=" + maxBodyBytes + ", maxBatchBodyBytes=" + maxBatchBodyBytes
                + ", adminToken=" + (adminToken == null ? "off" : "set") + "]";
    }
}

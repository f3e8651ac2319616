package hk.negequity.http;

/**
 * Limits the HTTP layer enforces.
 *
 * @param maxBodyBytes      largest body of a single request (larger: 413)
 * @param maxBatchBodyBytes largest body of a batch (larger: 413); 1,000 full cases take about 700 KB
 * @param adminToken        the bearer token of the admin routes; null turns them off
 * @param shutdownGraceMillis how long a stop waits for requests in flight
 */
public record HttpSettings(long maxBodyBytes, long maxBatchBodyBytes, String adminToken, long shutdownGraceMillis) {

    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final long DEFAULT_MAX_BATCH_BODY_BYTES = 2 * 1024 * 1024;
    public static final long DEFAULT_SHUTDOWN_GRACE_MILLIS = 10_000;

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_BODY_BYTES, null,
                DEFAULT_SHUTDOWN_GRACE_MILLIS);
    }

    public HttpSettings withAdminToken(String token) {
        return new HttpSettings(maxBodyBytes, maxBatchBodyBytes, token, shutdownGraceMillis);
    }

    @Override
    public String toString() {
        // Never print the token.
        return "HttpSettings[maxBodyBytes=" + maxBodyBytes + ", maxBatchBodyBytes=" + maxBatchBodyBytes
                + ", adminToken=" + (adminToken == null ? "off" : "set") + ", shutdownGraceMillis="
                + shutdownGraceMillis + "]";
    }
}

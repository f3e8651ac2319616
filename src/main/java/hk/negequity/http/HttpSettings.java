package hk.negequity.http;

/**
 * Limits the HTTP layer enforces.
 *
 * @param maxBodyBytes      largest body of a single request (larger: 413)
 * @param maxBatchBodyBytes largest body of a batch (larger: 413); 1,000 full cases take about 700 KB
 * @param adminToken        the bearer token of the admin routes; null turns them off
 * @param shutdownGraceMillis how long a stop waits for requests in flight
 * @param maxHeaderBytes    largest request line and headers together (larger: 431)
 * @param idleTimeoutMillis how long a connection may sit idle, or a client take to send, before it is closed
 */
public record HttpSettings(long maxBodyBytes, long maxBatchBodyBytes, String adminToken, long shutdownGraceMillis,
                           int maxHeaderBytes, long idleTimeoutMillis) {

    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final long DEFAULT_MAX_BATCH_BODY_BYTES = 2 * 1024 * 1024;
    public static final long DEFAULT_SHUTDOWN_GRACE_MILLIS = 10_000;
    /** Jetty's own default; a request of this API needs well under 1 KiB of headers. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
    public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 30_000;

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_BODY_BYTES, null,
                DEFAULT_SHUTDOWN_GRACE_MILLIS, DEFAULT_MAX_HEADER_BYTES, DEFAULT_IDLE_TIMEOUT_MILLIS);
    }

    public HttpSettings withAdminToken(String token) {
        return new HttpSettings(maxBodyBytes, maxBatchBodyBytes, token, shutdownGraceMillis, maxHeaderBytes,
                idleTimeoutMillis);
    }

    public HttpSettings withIdleTimeoutMillis(long millis) {
        return new HttpSettings(maxBodyBytes, maxBatchBodyBytes, adminToken, shutdownGraceMillis, maxHeaderBytes,
                millis);
    }

    @Override
    public String toString() {
        // Never print the token.
        return "HttpSettings[maxBodyBytes=" + maxBodyBytes + ", maxBatchBodyBytes=" + maxBatchBodyBytes
                + ", adminToken=" + (adminToken == null ? "off" : "set") + ", shutdownGraceMillis="
                + shutdownGraceMillis + ", maxHeaderBytes=" + maxHeaderBytes + ", idleTimeoutMillis="
                + idleTimeoutMillis + "]";
    }
}

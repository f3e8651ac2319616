package hk.negequity.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/**
 * GET routes that answer HEAD with the same status and headers. Left to itself, Javalin answers HEAD on a GET
 * route with 200 and no content type without running the route, so a load balancer checking readiness with HEAD
 * was told "ready" while the service was still starting. Jetty drops the body of a HEAD answer.
 */
final class GetRoutes {

    private GetRoutes() {
    }

    static void add(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }
}

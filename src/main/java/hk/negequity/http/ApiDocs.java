package hk.negequity.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hk.negequity.advice.AnswerJson;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;

/**
 * GET /openapi.json, the OpenAPI 3.1 document of every route (a resource written by hand and checked by
 * tests against the real routes and answers), and Swagger UI at /docs, served from the swagger-ui webjar.
 */
final class ApiDocs {

    private static final String SWAGGER = "/META-INF/resources/webjars/swagger-ui/";
    private static final Set<String> WEBJAR_PAGES = Set.of("/docs/ui", "/docs/ui/",
            "/docs/ui/index.html", "/docs/ui/swagger-initializer.js");

    private ApiDocs() {
    }

    /** The reload route's path, documented only where it exists. */
    static final String RELOAD_PATH = "/v1/admin/rules/reload";

    /** @param adminEnabled whether the reload route exists (an admin token is set): the document says so */
    static void register(JavalinConfig config, boolean adminEnabled) {
        byte[] document = adminEnabled ? resource("/openapi.json") : withoutAdmin(resource("/openapi.json"));
        String version = swaggerUiVersion();
        config.staticFiles.add(files -> {
            files.hostedPath = "/docs/ui";
            files.directory = SWAGGER + version;
            files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        });
        // The webjar's own page loads Swagger's demo document (Petstore), not this service's: readers go to /docs.
        config.routes.before("/docs/ui*", ctx -> {
            if (WEBJAR_PAGES.contains(ctx.path())) {
                ctx.redirect("/docs", HttpStatus.FOUND);
                ctx.skipRemainingHandlers();
            }
        });
        GetRoutes.add(config, "/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(document));
        GetRoutes.add(config, "/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(PAGE));
    }

    /** Swagger UI's own page, pointed at this service's document rather than its demo one. */
    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Negative Equity Advisor API</title>
              <link rel="stylesheet" href="/docs/ui/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/ui/swagger-ui-bundle.js"></script>
              <script>
                window.onload = () => { window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" }); };
              </script>
            </body>
            </html>
            """;

    /** The document without the reload route and its tag: a route the service does not have is not documented. */
    private static byte[] withoutAdmin(byte[] document) {
        try {
            ObjectNode root = (ObjectNode) AnswerJson.MAPPER.readTree(document);
            ((ObjectNode) root.get("paths")).remove(RELOAD_PATH);
            ArrayNode tags = (ArrayNode) root.get("tags");
            for (int i = tags.size() - 1; i >= 0; i--) {
                if ("admin".equals(tags.get(i).path("name").asText())) {
                    tags.remove(i);
                }
            }
            return AnswerJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = ApiDocs.class.getResourceAsStream(
                "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the build");
            }
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

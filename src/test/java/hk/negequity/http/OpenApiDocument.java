package hk.negequity.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The OpenAPI document as a server serves it, with a JSON Schema 2020-12 validator over its schemas: what the
 * OpenAPI tests hold the document and the real answers to.
 */
final class OpenApiDocument {

    /** Where the validator finds the document; never fetched, the served text is mapped to it. */
    private static final String DOCUMENT_URI = "https://advisor.test/openapi.json";
    private static final Set<String> OPENAPI_ROOT = Set.of("openapi", "info", "jsonSchemaDialect", "servers",
            "paths", "webhooks", "components", "security", "tags", "externalDocs");
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    final JsonNode document;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig config;

    private OpenApiDocument(JsonNode document, String text) {
        this.document = document;
        // JSON Schema 2020-12, where a keyword it does not know is an error (a typo such as "minimun" would
        // otherwise be ignored), except the OpenAPI fields of the document's root, which is loaded to reach
        // the schemas inside it.
        JsonMetaSchema strict = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .unknownKeywordFactory((keyword, context) -> {
                    if (OPENAPI_ROOT.contains(keyword)) {
                        return new AnnotationKeyword(keyword);
                    }
                    throw new AssertionError("the document's schemas use \"" + keyword
                            + "\", which is not a JSON Schema 2020-12 keyword");
                })
                .build();
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(strict)
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_URI, text))));
        this.config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }

    /** GET /openapi.json from a running server. */
    static OpenApiDocument servedBy(TestServer server) {
        TestServer.Reply reply = server.get("/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return new OpenApiDocument(reply.json(), reply.body());
    }

    /** The schema at a JSON pointer into the document, its $refs resolved against the document. */
    JsonSchema schemaAt(String pointer) {
        assertThat(document.at(pointer).isMissingNode()).as("the document has %s", pointer).isFalse();
        return schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer), config);
    }

    Set<String> violations(String pointer, JsonNode value) {
        return schemaAt(pointer).validate(value).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static String schemaOf(String name) {
        return "/components/schemas/" + name;
    }

    /** The pointer of a response object, following a $ref into components/responses. */
    String responsePointer(String method, String path, int status) {
        return responsePointer(method, path, Integer.toString(status));
    }

    /** As above, for a status as the document keys it: a number, or "default". */
    String responsePointer(String method, String path, String status) {
        String pointer = "/paths/" + escape(path) + "/" + method + "/responses/" + status;
        if (document.at(pointer).isMissingNode()) {
            // OpenAPI's "default" stands for every status the operation does not list.
            pointer = "/paths/" + escape(path) + "/" + method + "/responses/default";
        }
        JsonNode response = document.at(pointer);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
        }
        return pointer;
    }

    /**
     * Asserts that the document lists this status and media type for the route, and that the body validates
     * against the schema it gives.
     */
    void assertDocumented(String method, String path, TestServer.Reply reply) {
        String operation = "/paths/" + escape(path) + "/" + method;
        assertThat(document.at(operation).isObject()).as("the document has %s %s", method, path).isTrue();
        String response = responsePointer(method, path, reply.status());
        assertThat(document.at(response).isObject())
                .as("the document lists status %d for %s %s (body %s)", reply.status(), method, path,
                        abbreviated(reply.body()))
                .isTrue();
        String mediaType = reply.contentType().split(";")[0].strip();
        String schema = response + "/content/" + escape(mediaType) + "/schema";
        assertThat(document.at(schema).isObject())
                .as("the document gives a schema for %s at status %d of %s %s", mediaType, reply.status(), method,
                        path)
                .isTrue();
        JsonNode body = mediaType.endsWith("json") ? reply.json() : TextNode.valueOf(reply.body());
        assertThat(violations(schema, body)).as("%s %s %d against %s, body %s", method, path, reply.status(),
                schema, abbreviated(reply.body())).isEmpty();
        for (String header : reply.response() == null ? List.<String>of() : API_HEADERS) { // null: read off a socket
            if (reply.header(header) != null) {
                assertThat(document.at(response + "/headers/" + escape(header)).isObject())
                        .as("the document lists the %s header %s %s sends at status %d", header, method, path,
                                reply.status())
                        .isTrue();
            }
        }
    }

    /** The headers the service itself sets, which a client may act on: each must be documented where it is sent. */
    private static final List<String> API_HEADERS = List.of("X-Request-Id", "X-Ruleset-Version", "Content-Language",
            "Vary", "Retry-After", "WWW-Authenticate");

    static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Every operation of the document, as "METHOD path". */
    Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(key -> {
            if (METHODS.contains(key)) {
                routes.add(key.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return routes;
    }

    /** A named example under an "examples" map of a media type, with its pointer. */
    record Example(String pointer, String operation, JsonNode value) {

        /** The pointer of the media type holding the example. */
        String mediaType() {
            return pointer.substring(0, pointer.indexOf("/examples/"));
        }
    }

    /** Every example of request bodies ("request") or of responses ("response"). */
    List<Example> examples(String kind) {
        List<Example> found = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String method = op.getKey().toUpperCase(Locale.ROOT);
            String operation = "/paths/" + escape(path.getKey()) + "/" + op.getKey();
            if (kind.equals("request")) {
                collect(found, operation + "/requestBody", method + " " + path.getKey());
            } else {
                op.getValue().path("responses").fieldNames().forEachRemaining(status -> collect(found,
                        responsePointer(op.getKey(), path.getKey(), status),
                        method + " " + path.getKey() + " " + status));
            }
        }));
        return found;
    }

    private void collect(List<Example> found, String holder, String operation) {
        document.at(holder + "/content").fieldNames().forEachRemaining(mediaType -> {
            String media = holder + "/content/" + escape(mediaType);
            document.at(media + "/examples").fieldNames().forEachRemaining(name -> found.add(new Example(
                    media + "/examples/" + escape(name), operation,
                    document.at(media + "/examples/" + escape(name) + "/value"))));
        });
    }
}

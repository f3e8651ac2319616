package hk.negequity.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Malformed and hostile request bodies, thousands of them, each with the answer it must get: a 4xx status
 * (one in particular where the fault is certain) and never anything else.
 */
final class HostileBodies {

    /** A body to send, as what it is, its bytes, its Content-Type (null for none) and the statuses it may get. */
    record Body(String what, byte[] bytes, String contentType, List<Integer> allowed) {

        @Override
        public String toString() {
            return what + " (" + bytes.length + " bytes)";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final List<Integer> BAD_REQUEST = List.of(400);
    /** Where the value might happen to be acceptable (a -0 amount, say): anything but a 5xx. */
    private static final List<Integer> ANY_BUT_SERVER_ERROR = List.of(200, 400);

    private final Random random;
    private final byte[] valid;
    private final ObjectNode validTree;

    HostileBodies(long seed, String validRequest) {
        this.random = new Random(seed);
        this.valid = validRequest.strip().getBytes(StandardCharsets.UTF_8);
        try {
            this.validTree = (ObjectNode) JSON.readTree(validRequest);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Every kind of body, {@code randomOfEach} random ones of the random kinds. */
    List<Body> all(int randomOfEach) {
        List<Body> bodies = new ArrayList<>();
        truncations(bodies::add);
        for (int i = 0; i < randomOfEach; i++) {
            bodies.add(randomBytes());
            bodies.add(invalidUtf8());
            bodies.add(randomlyDamaged());
        }
        hostileStructures(bodies::add);
        hostileNumbers(bodies::add);
        nullsAndWrongTypes(bodies::add);
        contentTypes(bodies::add);
        encodings(bodies::add);
        return bodies;
    }

    /** The valid request cut short at every length. */
    private void truncations(Consumer<Body> out) {
        for (int length = 0; length < valid.length - 1; length++) {
            out.accept(new Body("the valid request cut to " + length + " bytes", slice(valid, length), JSON_TYPE,
                    BAD_REQUEST));
        }
    }

    private Body randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(2_000)];
        random.nextBytes(bytes);
        String starts = "{[\"tn1-x\u0000";
        bytes[0] = (byte) starts.charAt(random.nextInt(starts.length()));
        return new Body("random bytes", bytes, JSON_TYPE, BAD_REQUEST);
    }

    /** A byte that can never stand in UTF-8 (0xC0, 0xF5-0xFF, a lone continuation byte) inside a string. */
    private Body invalidUtf8() {
        String text = "{\"lang\": \"XX\", \"loan\": {\"amount\": 1}}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC0, (byte) 0xF5, (byte) 0xFF, (byte) 0x80, (byte) 0xED};
        bytes[10] = bad[random.nextInt(bad.length)];
        bytes[11] = random.nextBoolean() ? (byte) 0xA0 : (byte) 'X';
        return new Body("invalid UTF-8 in a string", bytes, JSON_TYPE, List.of(400));
    }

    /** The valid request with a few of its bytes replaced at random: mostly broken, possibly still valid. */
    private Body randomlyDamaged() {
        byte[] bytes = valid.clone();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return new Body("the valid request with damaged bytes", bytes, JSON_TYPE, ANY_BUT_SERVER_ERROR);
    }

    private void hostileStructures(Consumer<Body> out) {
        out.accept(text("10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000), BAD_REQUEST));
        out.accept(text("10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), BAD_REQUEST));
        out.accept(text("10,000 unclosed arrays", "[".repeat(10_000), BAD_REQUEST));
        out.accept(text("a 60 KB string", "{\"lang\": \"" + "x".repeat(60_000) + "\"}", BAD_REQUEST));
        out.accept(text("a 60 KB key", "{\"" + "k".repeat(60_000) + "\": 1}", BAD_REQUEST));
        out.accept(text("an array of 20,000 numbers", "{\"loan\": [" + "1,".repeat(20_000) + "1]}", BAD_REQUEST));
        out.accept(text("an array of 20,000 objects as the body", "[" + "{},".repeat(20_000) + "{}]", BAD_REQUEST));
        out.accept(text("a duplicate key", "{\"loan\": {\"amount\": 1, \"amount\": 2}}", BAD_REQUEST));
        out.accept(text("a duplicate part", "{\"loan\": {}, \"loan\": {}}", BAD_REQUEST));
        out.accept(text("two objects", "{} {}", BAD_REQUEST));
        out.accept(text("trailing garbage", "{}x", BAD_REQUEST));
        out.accept(text("a comment", "{/* c */}", BAD_REQUEST));
        out.accept(text("single quotes", "{'loan': {}}", BAD_REQUEST));
        out.accept(text("an unquoted key", "{loan: {}}", BAD_REQUEST));
        out.accept(text("a control character in a string", "{\"lang\": \"a\u0001b\"}", BAD_REQUEST));
        out.accept(text("an empty body", "", BAD_REQUEST));
        out.accept(text("only white space", " \n\t ", BAD_REQUEST));
        out.accept(text("null as the body", "null", BAD_REQUEST));
        for (String scalar : List.of("1", "\"advice\"", "true", "[]", "[{}]", "-0", "1e400")) {
            out.accept(text("a bare " + scalar, scalar, BAD_REQUEST));
        }
        out.accept(text("an unknown part", "{\"loans\": {}}", BAD_REQUEST));
        out.accept(text("an unknown field", "{\"loan\": {\"amont\": 1}}", BAD_REQUEST));
        out.accept(text("a lang of 10,000 characters", "{\"lang\": \"" + "a".repeat(10_000) + "\"}", BAD_REQUEST));
        out.accept(text("an escaped NUL in lang", "{\"lang\": \"en\\u0000\"}", ANY_BUT_SERVER_ERROR));
        out.accept(text("a lone surrogate in lang", "{\"lang\": \"\\ud800\"}", ANY_BUT_SERVER_ERROR));
        out.accept(text("a date of year 10000", "{\"asOf\": \"+10000-01-01\"}", BAD_REQUEST));
        out.accept(text("a date with a time", "{\"asOf\": \"2026-11-28T00:00:00Z\"}", BAD_REQUEST));
        out.accept(text("February the 30th", "{\"asOf\": \"2026-02-30\"}", BAD_REQUEST));
        out.accept(text("more payments than the term", "{\"loan\": {\"tenorMonths\": 12, \"paymentsMade\": 13}}",
                BAD_REQUEST));
        out.accept(text("a flat worth 1e-300 dollars", "{\"property\": {\"price\": 1e-300}, \"loan\": {\"amount\": 1e12}}",
                BAD_REQUEST));
        // The extremes the reader accepts, together: every ratio that divides by a sum stays a finite number.
        out.accept(text("a cent against HK$10^12 everywhere", "{\"property\": {\"price\": 0.01, \"valuation\": 0.01, "
                + "\"currentValue\": 0.01}, \"loan\": {\"amount\": 1e12, \"annualRatePct\": 30, \"tenorMonths\": 1}, "
                + "\"borrower\": {\"monthlyIncome\": 0.01, \"liquidReserves\": 1e12}, \"scenario\": {\"priceChangePct\": 1000}}",
                List.of(200)));
        out.accept(text("HK$10^12 against a cent everywhere", "{\"property\": {\"price\": 1e12, \"currentValue\": 1e12}, "
                + "\"loan\": {\"amount\": 0.01, \"annualRatePct\": 0, \"tenorMonths\": 600}, "
                + "\"borrower\": {\"monthlyIncome\": 1e12, \"liquidReserves\": 1e12, \"otherMonthlyDebt\": 0}}",
                List.of(200)));
        out.accept(text("a 10 MB body", "{\"lang\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}", List.of(413)));
    }

    private void hostileNumbers(Consumer<Body> out) {
        List<String> refused = List.of("1e400", "-1e400", "NaN", "-NaN", "Infinity", "-Infinity", "+1", "01", ".5",
                "1.", "0x10", "1e", "--1", "1_000", "\"NaN\"", "\"Infinity\"", "\"1e3\"", "\"5400000\"", "9".repeat(65),
                "1e13", "-1", "-0.01", "1e308", "true", "[]", "{}", "\"\"", "1e2147483648", "5432109e9999999999",
                "1e-99999999999", "-0", "-0.0", "1e-400", "-1e-400");
        List<String> maybe = List.of("0", "0.0", "1E2", "1e+2", "4.9e-324", "1e12");
        for (String field : List.of("amount", "outstanding", "annualRatePct", "tenorMonths", "paymentsMade",
                "monthsInArrears")) {
            for (String number : refused) {
                out.accept(text("loan." + field + " = " + number, "{\"loan\": {\"" + field + "\": " + number + "}}",
                        BAD_REQUEST));
            }
            for (String number : maybe) {
                out.accept(text("loan." + field + " = " + number, "{\"loan\": {\"" + field + "\": " + number + "}}",
                        ANY_BUT_SERVER_ERROR));
            }
        }
        for (String number : refused) {
            out.accept(text("scenario.priceChangePct = " + number, "{\"scenario\": {\"priceChangePct\": " + number
                    + "}}", number.equals("-1") || number.equals("-0.01") || number.equals("1e12")
                    ? ANY_BUT_SERVER_ERROR : BAD_REQUEST));
        }
    }

    /** Each field, and each part, of the valid request set to null and to a value of every wrong type. */
    private void nullsAndWrongTypes(Consumer<Body> out) {
        List<String> paths = new ArrayList<>();
        validTree.fields().forEachRemaining(part -> {
            paths.add(part.getKey());
            if (part.getValue().isObject()) {
                part.getValue().fieldNames().forEachRemaining(field -> paths.add(part.getKey() + "." + field));
            }
        });
        for (String path : paths) {
            JsonNode original = at(validTree, path);
            for (Map.Entry<String, JsonNode> wrong : wrongValues().entrySet()) {
                if (sameKind(original, wrong.getValue())) {
                    continue;
                }
                ObjectNode copy = validTree.deepCopy();
                put(copy, path, wrong.getValue());
                out.accept(new Body(path + " = " + wrong.getKey(), copy.toString().getBytes(StandardCharsets.UTF_8),
                        JSON_TYPE, BAD_REQUEST));
            }
        }
        ObjectNode allNull = validTree.deepCopy();
        for (Iterator<String> names = validTree.fieldNames(); names.hasNext(); ) {
            allNull.putNull(names.next());
        }
        out.accept(new Body("every part null", allNull.toString().getBytes(StandardCharsets.UTF_8), JSON_TYPE,
                BAD_REQUEST));
    }

    private static Map<String, JsonNode> wrongValues() {
        ObjectMapper m = JSON;
        ArrayNode array = m.createArrayNode().add(1);
        return Map.of("null", m.nullNode(), "a string", m.getNodeFactory().textNode("x"), "true",
                m.getNodeFactory().booleanNode(true), "an array", array, "an object", m.createObjectNode().put("x", 1),
                "a number", m.getNodeFactory().numberNode(7));
    }

    private static boolean sameKind(JsonNode a, JsonNode b) {
        return a.getNodeType() == b.getNodeType();
    }

    private void contentTypes(Consumer<Body> out) {
        for (String type : new String[] {null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/json; charset=utf-16",
                "application/jsonx", "json", "*/*", ""}) {
            out.accept(new Body("Content-Type " + type, valid, type, List.of(415)));
        }
        for (String malformed : new String[] {";", ";;;", ";charset=utf-8", "application/json; charset=",
                "application/json; charset = latin1"}) {
            out.accept(new Body("Content-Type " + malformed, valid, malformed, List.of(415)));
        }
        out.accept(new Body("Content-Type application/json; charset=UTF-8", valid, "application/json; charset=UTF-8",
                List.of(200)));
        out.accept(new Body("Content-Type application/problem+json", valid, "application/problem+json", List.of(200)));
    }

    /** The valid body in the encodings JSON's parser would detect by itself; only UTF-8 is accepted. */
    private void encodings(Consumer<Body> out) {
        String text = new String(valid, StandardCharsets.UTF_8);
        out.accept(new Body("UTF-16 with a byte order mark", text.getBytes(StandardCharsets.UTF_16), JSON_TYPE,
                List.of(400)));
        out.accept(new Body("UTF-16LE without one", text.getBytes(StandardCharsets.UTF_16LE), JSON_TYPE, List.of(400)));
        out.accept(new Body("UTF-16BE without one", text.getBytes(StandardCharsets.UTF_16BE), JSON_TYPE, List.of(400)));
        out.accept(new Body("UTF-32", text.getBytes(java.nio.charset.Charset.forName("UTF-32")), JSON_TYPE,
                List.of(400)));
        out.accept(new Body("a UTF-16 byte order mark before {}", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'},
                JSON_TYPE, List.of(400)));
    }

    private static Body text(String what, String body, List<Integer> allowed) {
        return new Body(what, body.getBytes(StandardCharsets.UTF_8), JSON_TYPE, allowed);
    }

    private static byte[] slice(byte[] bytes, int length) {
        byte[] part = new byte[length];
        System.arraycopy(bytes, 0, part, 0, length);
        return part;
    }

    private static JsonNode at(ObjectNode root, String path) {
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            node = node.get(name);
        }
        return node;
    }

    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] names = path.split("\\.");
        ObjectNode holder = root;
        for (int i = 0; i < names.length - 1; i++) {
            holder = (ObjectNode) holder.get(names[i]);
        }
        holder.set(names[names.length - 1], value);
    }
}

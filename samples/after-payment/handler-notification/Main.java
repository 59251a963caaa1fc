import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Midtrans HTTP notification handler using only the JDK (Java 17 or later).
 * Run: java Main.java, then set the Payment Notification URL to
 * https://your-host/midtrans/notification
 */
public class Main {
    // The server key stays on your server. Read it from your secret store in production.
    static final String SERVER_KEY = System.getenv().getOrDefault(
            "MIDTRANS_SERVER_KEY", "SB-Mid-server-YOUR_SERVER_KEY");
    static final String API_BASE = "https://api.sandbox.midtrans.com";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Stand-in for your orders table. Use one database transaction per update in production. */
    static final class Order {
        final String amount;
        String state = "awaiting_payment";
        boolean fulfilled;

        Order(String amount) {
            this.amount = amount;
        }
    }

    static final Map<String, Order> ORDERS = new ConcurrentHashMap<>(
            Map.of("ORDER-2026-0001", new Order("250000.00")));

    /** Later stages never move back to earlier ones (stale or out-of-order notifications). */
    static final Map<String, Integer> STAGE = Map.of(
            "awaiting_payment", 0, "authorized", 0, "review", 0,
            "paid", 1, "failed", 1,
            "partial_refund", 2, "refund", 2, "partial_chargeback", 2, "chargeback", 2);

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(3000), 0);
        server.createContext("/midtrans/notification", Main::handle);
        server.start();
        System.out.println("Listening on http://localhost:3000");
    }

    static void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "Method not allowed");
                return;
            }
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> body;
            try {
                body = Json.parseObject(raw); // unknown and new fields are simply kept
            } catch (IllegalArgumentException e) {
                reply(exchange, 400, "Bad request");
                return;
            }
            for (String key : List.of("order_id", "status_code", "gross_amount", "signature_key", "transaction_id")) {
                if (!(body.get(key) instanceof String)) {
                    reply(exchange, 400, "Bad request");
                    return;
                }
            }
            String orderId = (String) body.get("order_id");

            // 1. Authenticity: SHA512(order_id + status_code + gross_amount + server key), hex.
            String expected = sha512Hex(orderId + body.get("status_code") + body.get("gross_amount") + SERVER_KEY);
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    ((String) body.get("signature_key")).getBytes(StandardCharsets.UTF_8))) {
                reply(exchange, 403, "Invalid signature");
                return;
            }

            Order order = ORDERS.get(orderId);
            if (order == null) {
                reply(exchange, 404, "Unknown order"); // Midtrans retries 400 and 404 twice
                return;
            }

            // 2. Confirm with GET status: it always returns the latest status.
            Map<String, Object> status;
            try {
                status = getStatus((String) body.get("transaction_id"));
            } catch (Exception e) {
                System.err.println("GET status failed for " + orderId + ": " + e.getMessage());
                reply(exchange, 503, "Try again later"); // Midtrans retries 503 four times
                return;
            }
            if (!orderId.equals(status.get("order_id")) || !order.amount.equals(status.get("gross_amount"))) {
                System.err.println("Order or amount mismatch for " + orderId);
                reply(exchange, 200, "OK"); // a retry cannot fix this; review it by hand
                return;
            }

            String newState = orderState((String) status.get("transaction_status"),
                    (String) status.get("fraud_status"));
            if (newState == null) {
                System.err.println("Unhandled status " + status.get("transaction_status"));
                reply(exchange, 200, "OK");
                return;
            }

            // 3. Idempotent update: apply each change once, fulfill once.
            boolean ship = false;
            synchronized (order) {
                if (STAGE.get(newState) >= STAGE.get(order.state)) {
                    order.state = newState;
                    if (newState.equals("paid") && !order.fulfilled) {
                        order.fulfilled = true;
                        ship = true;
                    } else if (newState.equals("failed") && order.fulfilled) {
                        System.err.println("Order " + orderId + " was fulfilled but is now "
                                + status.get("transaction_status"));
                    }
                }
            }
            if (ship) {
                fulfill(orderId);
            }

            // 4. Answer 200 fast (Midtrans waits at most 15 seconds).
            reply(exchange, 200, "OK");
        } catch (RuntimeException e) {
            reply(exchange, 500, "Internal error");
        }
    }

    /** Map the confirmed Midtrans status to the state of your order. */
    static String orderState(String transactionStatus, String fraudStatus) {
        if (transactionStatus == null) {
            return null;
        }
        switch (transactionStatus) {
            case "capture":
                if ("challenge".equals(fraudStatus)) {
                    return "review"; // accept or deny it in the Dashboard or with the API
                }
                return fraudStatus == null || fraudStatus.equals("accept") ? "paid" : "failed";
            case "settlement":
                return "paid";
            case "pending":
                return "awaiting_payment";
            case "authorize":
                return "authorized"; // pre-authorized card: capture it to get paid
            case "deny":
            case "cancel":
            case "expire":
            case "failure":
                return "failed";
            case "refund":
            case "partial_refund":
            case "chargeback":
            case "partial_chargeback":
                return transactionStatus;
            default:
                return null; // a status this code does not know yet: store it and look
        }
    }

    static void fulfill(String orderId) {
        // Send goods, grant access, e-mail the receipt. For slow work, queue a job here.
        System.out.println("Fulfilling order " + orderId);
    }

    static Map<String, Object> getStatus(String transactionId) throws Exception {
        String auth = Base64.getEncoder().encodeToString((SERVER_KEY + ":").getBytes(StandardCharsets.UTF_8));
        String id = URLEncoder.encode(transactionId, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(API_BASE + "/v2/" + id + "/status"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Map<String, Object> status = Json.parseObject(response.body());
        if (response.statusCode() != 200 || !(status.get("transaction_status") instanceof String)) {
            throw new IOException("GET status answered " + response.statusCode() + " " + status.get("status_code"));
        }
        return status;
    }

    static String sha512Hex(String input) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    static void reply(HttpExchange exchange, int code, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Minimal JSON reader (objects, arrays, strings, numbers, true, false, null). */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Map<String, Object> parseObject(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (!(value instanceof Map) || json.i != text.length()) {
                throw new IllegalArgumentException("expected one JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            return map;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private char next() {
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end of JSON");
            }
            return s.charAt(i++);
        }

        private void expect(char c) {
            space();
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
            }
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end of JSON");
            }
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new HashMap<>();
                i++;
                space();
                if (i < s.length() && s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                do {
                    space();
                    String key = string();
                    expect(':');
                    map.put(key, value());
                    space();
                } while (i < s.length() && s.charAt(i) == ',' && i++ >= 0);
                expect('}');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                space();
                if (i < s.length() && s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (i < s.length() && s.charAt(i) == ',' && i++ >= 0);
                expect(']');
                return list;
            }
            if (c == '"') {
                return string();
            }
            for (String word : new String[] {"true", "false", "null"}) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected character at " + i);
            }
            return Double.valueOf(s.substring(start, i));
        }

        private String string() {
            if (next() != '"') {
                throw new IllegalArgumentException("expected a string at " + (i - 1));
            }
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'n': out.append('\n'); break;
                    case 'r': out.append('\r'); break;
                    case 't': out.append('\t'); break;
                    case 'u':
                        if (i + 4 > s.length()) {
                            throw new IllegalArgumentException("bad \\u escape");
                        }
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default: out.append(e); // \" \\ \/
                }
            }
        }
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class Main {
    public static void main(String[] args) throws Exception {
        // The server key stays on your server. Read it from your secret store in production.
        String serverKey = "SB-Mid-server-YOUR_SERVER_KEY";
        String auth = Base64.getEncoder()
                .encodeToString((serverKey + ":").getBytes(StandardCharsets.UTF_8));

        // Reject a card payment that the Fraud Detection System flagged as challenge.
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.sandbox.midtrans.com/v2/ORDER-2026-0003/deny"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // transaction_status is now cancel (fraud_status deny): do not fulfill the order.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

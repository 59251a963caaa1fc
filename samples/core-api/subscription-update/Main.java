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

        String body = """
            {
              "name": "PREMIUM-MONTHLY",
              "amount": "175000",
              "currency": "IDR",
              "token": "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
              "schedule": {
                "interval": 1
              }
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.sandbox.midtrans.com/v1/subscriptions/5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // On HTTP 200 the body is {"status_message": "Subscription is updated."}. The new amount
        // applies from the next scheduled charge.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

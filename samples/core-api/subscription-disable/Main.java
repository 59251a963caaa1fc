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

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.sandbox.midtrans.com/v1/subscriptions/5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45/disable"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .method("POST", HttpRequest.BodyPublishers.noBody())
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // No new scheduled charges run until you enable it again. Retries of an earlier
        // failed charge still run; cancel the subscription to stop those too.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

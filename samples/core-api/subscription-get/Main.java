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
                .uri(URI.create("https://api.sandbox.midtrans.com/v1/subscriptions/5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .GET()
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // The Subscription API answers with the HTTP status (404 for an unknown id). Read
        // status and schedule.next_execution_at in the body to see what happens next.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

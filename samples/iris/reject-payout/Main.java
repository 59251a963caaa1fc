import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class Main {
    public static void main(String[] args) throws Exception {
        // Use the approver API key. Keep it on your server and read it from your secret store in production.
        String apiKey = "IRIS-YOUR_APPROVER_API_KEY";
        String auth = Base64.getEncoder()
                .encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));

        String body = """
            {
              "reference_nos": [
                "9e0a5d7c1f2b43"
              ],
              "reject_reason": "Beneficiary requested payment next month"
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://app.sandbox.midtrans.com/iris/api/v1/payouts/reject"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // A 2xx status carries {"status": "ok"}
        System.out.println(response.statusCode() + " " + response.body());
    }
}

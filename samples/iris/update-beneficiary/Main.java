import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class Main {
    public static void main(String[] args) throws Exception {
        // Use the creator API key. Keep it on your server and read it from your secret store in production.
        String apiKey = "IRIS-YOUR_CREATOR_API_KEY";
        String auth = Base64.getEncoder()
                .encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));

        String body = """
            {
              "name": "Budi Santoso",
              "account": "0987654321",
              "bank": "bca",
              "alias_name": "budibca",
              "email": "budi.santoso@example.com"
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://app.sandbox.midtrans.com/iris/api/v1/beneficiaries/budibca"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // A 2xx status carries {"status": "updated"}
        System.out.println(response.statusCode() + " " + response.body());
    }
}

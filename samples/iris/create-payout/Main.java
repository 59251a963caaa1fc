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
              "payouts": [
                {
                  "beneficiary_name": "Budi Santoso",
                  "beneficiary_account": "0987654321",
                  "beneficiary_bank": "bca",
                  "beneficiary_email": "budi.santoso@example.com",
                  "amount": "150000.00",
                  "notes": "Commission January 2026 ORDER-2026-0001"
                },
                {
                  "beneficiary_name": "Dewi Lestari",
                  "beneficiary_account": "1370012345678",
                  "beneficiary_bank": "mandiri",
                  "amount": "275000.00",
                  "notes": "Commission January 2026 ORDER-2026-0002"
                }
              ]
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://app.sandbox.midtrans.com/iris/api/v1/payouts"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // A 2xx status carries one {status, reference_no} per payout, in request order
        System.out.println(response.statusCode() + " " + response.body());
    }
}

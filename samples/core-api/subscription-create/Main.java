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
              "amount": "150000",
              "currency": "IDR",
              "payment_type": "credit_card",
              "token": "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
              "schedule": {
                "interval": 1,
                "interval_unit": "month",
                "max_interval": 12,
                "start_time": "2026-02-15 09:00:00 +0700"
              },
              "metadata": {
                "plan": "premium",
                "customer_ref": "CUST-00042"
              },
              "customer_details": {
                "first_name": "Budi",
                "last_name": "Santoso",
                "email": "budi.santoso@example.com",
                "phone": "+6281234567890"
              }
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.sandbox.midtrans.com/v1/subscriptions"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // The Subscription API answers with the HTTP status (200, 400, 404, 500) and has no
        // status_code in the body. On 200, store the id with your customer record.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

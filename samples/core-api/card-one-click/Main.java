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
              "payment_type": "credit_card",
              "transaction_details": {
                "order_id": "ORDER-2026-0302",
                "gross_amount": 150000
              },
              "credit_card": {
                "token_id": "48111111aB3dE5fG7hJ9kL2mN4pQ1114"
              },
              "item_details": [
                {
                  "id": "PLAN-PREMIUM-1M",
                  "name": "Premium plan, second month",
                  "price": 150000,
                  "quantity": 1
                }
              ],
              "customer_details": {
                "first_name": "Budi",
                "last_name": "Santoso",
                "email": "budi.santoso@example.com",
                "phone": "+6281234567890"
              }
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.sandbox.midtrans.com/v2/charge"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // Decide on the body's status_code, not the HTTP status: "200" with transaction_status
        // capture means charged without customer interaction.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

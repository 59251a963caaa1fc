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
                "order_id": "ORDER-2026-0201",
                "gross_amount": 3600000
              },
              "credit_card": {
                "token_id": "41050586-1467-2e9b7c4a-1d6f-4a38-9b05-8c3e1f7a2d64",
                "authentication": true,
                "bank": "bni",
                "installment_term": 6
              },
              "item_details": [
                {
                  "id": "SKU-LAPTOP-14",
                  "name": "Laptop 14-inch, 16 GB RAM",
                  "price": 3600000,
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
        // Decide on the body's status_code, not the HTTP status: "201" with redirect_url means
        // open the 3DS page; the final status arrives by notification.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

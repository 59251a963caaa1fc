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
                "order_id": "ORDER-2026-0202",
                "gross_amount": 3600000
              },
              "credit_card": {
                "token_id": "48111111-1114-5a1c8e3b-9f2d-4b67-a4e0-3d7b9c2f1e58",
                "authentication": true,
                "bank": "mandiri",
                "installment_term": 12,
                "bins": [
                  "48111111",
                  "52111111"
                ]
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

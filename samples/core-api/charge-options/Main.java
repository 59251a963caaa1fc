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
              "payment_type": "bank_transfer",
              "transaction_details": {
                "order_id": "ORDER-2026-0401",
                "gross_amount": 250000
              },
              "bank_transfer": {
                "bank": "bca"
              },
              "item_details": [
                {
                  "id": "SKU-TSHIRT-M",
                  "name": "Cotton T-shirt, size M",
                  "price": 125000,
                  "quantity": 2
                }
              ],
              "customer_details": {
                "first_name": "Budi",
                "last_name": "Santoso",
                "email": "budi.santoso@example.com",
                "phone": "+6281234567890"
              },
              "custom_field1": "channel=web",
              "custom_field2": "store=jakarta-01",
              "custom_field3": "campaign=new-year-2026",
              "custom_expiry": {
                "order_time": "2026-01-15 13:00:00 +0700",
                "expiry_duration": 120,
                "unit": "minute"
              },
              "metadata": {
                "cart_id": "CART-88231",
                "loyalty_tier": "gold"
              }
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.sandbox.midtrans.com/v2/charge"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-Override-Notification", "https://example.com/midtrans/notifications")
                .header("Idempotency-Key", "8c2f6a1e-4d7b-4f3a-9b5e-1a0c3e7d9f24")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // Decide on the body's status_code, not the HTTP status: "201" comes with va_numbers and
        // expiry_time. Notifications for this payment go only to the override URL.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

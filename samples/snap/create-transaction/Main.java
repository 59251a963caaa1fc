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
              "transaction_details": {
                "order_id": "ORDER-2026-0001",
                "gross_amount": 250000
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
                "phone": "+6281234567890",
                "billing_address": {
                  "first_name": "Budi",
                  "last_name": "Santoso",
                  "email": "budi.santoso@example.com",
                  "phone": "+6281234567890",
                  "address": "Jl. Sudirman No. 12",
                  "city": "Jakarta",
                  "postal_code": "12190",
                  "country_code": "IDN"
                },
                "shipping_address": {
                  "first_name": "Budi",
                  "last_name": "Santoso",
                  "email": "budi.santoso@example.com",
                  "phone": "+6281234567890",
                  "address": "Jl. Sudirman No. 12",
                  "city": "Jakarta",
                  "postal_code": "12190",
                  "country_code": "IDN"
                }
              },
              "credit_card": {
                "secure": true
              },
              "callbacks": {
                "finish": "https://example.com/checkout/finish"
              }
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://app.sandbox.midtrans.com/snap/v1/transactions"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // 201 Created carries {"token": ..., "redirect_url": ...}
        System.out.println(response.statusCode() + " " + response.body());
    }
}

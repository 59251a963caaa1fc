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
              "payment_type": "echannel",
              "transaction_details": {
                "order_id": "ORDER-2026-1203",
                "gross_amount": 350000
              },
              "item_details": [
                {
                  "id": "SKU-SHOES-42",
                  "name": "Running shoes, size 42",
                  "price": 350000,
                  "quantity": 1
                }
              ],
              "customer_details": {
                "first_name": "Budi",
                "last_name": "Santoso",
                "email": "budi.santoso@example.com",
                "phone": "+6281234567890"
              },
              "echannel": {
                "bill_info1": "Payment:",
                "bill_info2": "Order ORDER-2026-1203"
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
        // Decide on status_code in the JSON body, not on the HTTP status printed first: they can differ.
        // Body status_code "201": show biller_code (company code) and bill_key to the customer.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

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
              "payment_type": "gopay",
              "transaction_details": {
                "order_id": "ORDER-2026-1102",
                "gross_amount": 150000
              },
              "item_details": [
                {
                  "id": "PLAN-PRO-1M",
                  "name": "Pro plan, 1 month",
                  "price": 150000,
                  "quantity": 1
                }
              ],
              "customer_details": {
                "first_name": "Budi",
                "last_name": "Santoso",
                "email": "budi.santoso@example.com",
                "phone": "+6281234567890"
              },
              "gopay": {
                "account_id": "6fb4f968-146f-4783-b5ff-9657717b7658",
                "payment_option_token": "eyJ0eXBlIjogIkdPUEFZX1dBTExFVCIsICJpZCI6ICJ3YWxsZXQtMDEifQ==",
                "callback_url": "https://shop.example.com/gopay/finish"
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
        // Body status_code "200": paid. "201": open verification-link-url or verification-link-app
        // from actions. "202": denied, no actions (read channel_response_message).
        System.out.println(response.statusCode() + " " + response.body());
    }
}

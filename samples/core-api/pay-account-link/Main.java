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
              "gopay_partner": {
                "phone_number": "8215023424",
                "country_code": "62",
                "redirect_url": "https://shop.example.com/gopay/linked"
              }
            }
            """;

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.sandbox.midtrans.com/v2/pay/account"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // Decide on status_code in the JSON body, not on the HTTP status printed first: they can differ.
        // Body status_code "201": store account_id; send the customer to activation-link-url or
        // activation-link-app. "202": linking failed, no actions (read channel_response_message).
        System.out.println(response.statusCode() + " " + response.body());
    }
}

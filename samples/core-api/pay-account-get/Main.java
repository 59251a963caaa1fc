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

        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create("https://api.sandbox.midtrans.com/v2/pay/account/6fb4f968-146f-4783-b5ff-9657717b7658"))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json")
                .GET()
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
        // Decide on status_code in the JSON body, not on the HTTP status printed first: they can differ.
        // Body status_code "200" with account_status ENABLED: metadata.payment_options[].token
        // is the payment_option_token for the charge.
        System.out.println(response.statusCode() + " " + response.body());
    }
}

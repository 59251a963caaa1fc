package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {
	// The server key stays on your server. Read it from your secret store in production.
	serverKey := "SB-Mid-server-YOUR_SERVER_KEY"

	body := `{
  "payment_type": "gopay",
  "gopay_partner": {
    "phone_number": "8215023424",
    "country_code": "62",
    "redirect_url": "https://shop.example.com/gopay/linked"
  }
}`

	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v2/pay/account", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.SetBasicAuth(serverKey, "") // Basic base64(serverKey + ":")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	// Decide on status_code in the JSON body, not on the HTTP status printed first: they can differ.
	// Body status_code "201": store account_id; send the customer to activation-link-url or
	// activation-link-app. "202": linking failed, no actions (read channel_response_message).
	fmt.Println(resp.StatusCode, string(reply))
}

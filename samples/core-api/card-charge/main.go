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
  "payment_type": "credit_card",
  "transaction_details": {
    "order_id": "ORDER-2026-0101",
    "gross_amount": 250000
  },
  "credit_card": {
    "token_id": "48111111-1114-7d3f9c2e-5b8a-4e61-a0f4-2c9e6b1d8a73",
    "authentication": true
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
  }
}`

	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v2/charge", strings.NewReader(body))
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
	// Decide on the body's status_code, not the HTTP status: "201" with redirect_url
	// means send redirect_url to the browser to open the 3DS page.
	fmt.Println(resp.StatusCode, string(reply))
}

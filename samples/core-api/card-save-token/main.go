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
    "order_id": "ORDER-2026-0301",
    "gross_amount": 150000
  },
  "credit_card": {
    "token_id": "48111111-1114-9c4e2a7d-3b8f-4e15-b6a2-5f0d8e1c7b39",
    "authentication": true,
    "save_token_id": true
  },
  "item_details": [
    {
      "id": "PLAN-PREMIUM-1M",
      "name": "Premium plan, first month",
      "price": 150000,
      "quantity": 1
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
	// Decide on the body's status_code, not the HTTP status: "201" with redirect_url means
	// open the 3DS page; after 3DS the notification carries saved_token_id.
	fmt.Println(resp.StatusCode, string(reply))
}

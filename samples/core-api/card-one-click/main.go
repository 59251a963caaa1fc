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
    "order_id": "ORDER-2026-0302",
    "gross_amount": 150000
  },
  "credit_card": {
    "token_id": "48111111aB3dE5fG7hJ9kL2mN4pQ1114"
  },
  "item_details": [
    {
      "id": "PLAN-PREMIUM-1M",
      "name": "Premium plan, second month",
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
	// Decide on the body's status_code, not the HTTP status: "200" with transaction_status
	// capture means charged without customer interaction.
	fmt.Println(resp.StatusCode, string(reply))
}

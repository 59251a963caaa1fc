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
    "order_id": "ORDER-2026-0201",
    "gross_amount": 3600000
  },
  "credit_card": {
    "token_id": "41050586-1467-2e9b7c4a-1d6f-4a38-9b05-8c3e1f7a2d64",
    "authentication": true,
    "bank": "bni",
    "installment_term": 6
  },
  "item_details": [
    {
      "id": "SKU-LAPTOP-14",
      "name": "Laptop 14-inch, 16 GB RAM",
      "price": 3600000,
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
	// open the 3DS page; the final status arrives by notification.
	fmt.Println(resp.StatusCode, string(reply))
}

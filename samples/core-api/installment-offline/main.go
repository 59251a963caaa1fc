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
    "order_id": "ORDER-2026-0202",
    "gross_amount": 3600000
  },
  "credit_card": {
    "token_id": "48111111-1114-5a1c8e3b-9f2d-4b67-a4e0-3d7b9c2f1e58",
    "authentication": true,
    "bank": "mandiri",
    "installment_term": 12,
    "bins": [
      "48111111",
      "52111111"
    ]
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

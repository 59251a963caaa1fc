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
  "payment_type": "akulaku",
  "transaction_details": {
    "order_id": "ORDER-2026-1401",
    "gross_amount": 1500000
  },
  "item_details": [
    {
      "id": "SKU-PHONE-A1",
      "name": "Smartphone A1, 128 GB",
      "price": 1500000,
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
	// Decide on status_code in the JSON body, not on the HTTP status printed first: they can differ.
	// Body status_code "201": redirect the customer to redirect_url.
	fmt.Println(resp.StatusCode, string(reply))
}

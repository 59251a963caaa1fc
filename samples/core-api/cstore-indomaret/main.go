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
  "payment_type": "cstore",
  "transaction_details": {
    "order_id": "ORDER-2026-1301",
    "gross_amount": 150000
  },
  "item_details": [
    {
      "id": "SKU-MUG-01",
      "name": "Ceramic mug",
      "price": 75000,
      "quantity": 2
    }
  ],
  "customer_details": {
    "first_name": "Budi",
    "last_name": "Santoso",
    "email": "budi.santoso@example.com",
    "phone": "+6281234567890"
  },
  "cstore": {
    "store": "indomaret",
    "message": "Example Shop order"
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
	// Body status_code "201": show payment_code to the customer.
	fmt.Println(resp.StatusCode, string(reply))
}

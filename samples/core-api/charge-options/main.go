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
  "payment_type": "bank_transfer",
  "transaction_details": {
    "order_id": "ORDER-2026-0401",
    "gross_amount": 250000
  },
  "bank_transfer": {
    "bank": "bca"
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
  },
  "custom_field1": "channel=web",
  "custom_field2": "store=jakarta-01",
  "custom_field3": "campaign=new-year-2026",
  "custom_expiry": {
    "order_time": "2026-01-15 13:00:00 +0700",
    "expiry_duration": 120,
    "unit": "minute"
  },
  "metadata": {
    "cart_id": "CART-88231",
    "loyalty_tier": "gold"
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
	req.Header.Set("X-Override-Notification", "https://example.com/midtrans/notifications")
	req.Header.Set("Idempotency-Key", "8c2f6a1e-4d7b-4f3a-9b5e-1a0c3e7d9f24")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	// Decide on the body's status_code, not the HTTP status: "201" comes with va_numbers and
	// expiry_time. Notifications for this payment go only to the override URL.
	fmt.Println(resp.StatusCode, string(reply))
}

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
  "transaction_details": {
    "order_id": "ORDER-2026-0101",
    "gross_amount": 300000,
    "payment_link_id": "batik-7f3a9c2e51d84b06"
  },
  "customer_required": true,
  "usage_limit": 1,
  "expiry": {
    "duration": 7,
    "unit": "days"
  },
  "enabled_payments": [
    "credit_card",
    "bca_va",
    "gopay",
    "other_qris"
  ],
  "item_details": [
    {
      "id": "SKU-BATIK-L",
      "name": "Batik shirt, size L",
      "price": 150000,
      "quantity": 2
    }
  ],
  "customer_details": {
    "first_name": "Siti",
    "last_name": "Rahayu",
    "email": "siti.rahayu@example.com",
    "phone": "+6281298765432",
    "notes": "Thank you for your order. Pay within 7 days to reserve your shirts.",
    "customer_details_required_fields": [
      "first_name",
      "phone",
      "email"
    ]
  },
  "credit_card": {
    "secure": true
  },
  "custom_field1": "ORDER-2026-0101",
  "callbacks": {
    "finish": "https://shop.example.com/orders/ORDER-2026-0101"
  }
}`

	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v1/payment-links", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.SetBasicAuth(serverKey, "") // Basic base64(key + ":")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	// 200 OK carries {"order_id": ..., "payment_url": ...}
	fmt.Println(resp.StatusCode, string(reply))
}

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
  "name": "PREMIUM-MONTHLY",
  "amount": "150000",
  "currency": "IDR",
  "payment_type": "credit_card",
  "token": "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
  "schedule": {
    "interval": 1,
    "interval_unit": "month",
    "max_interval": 12,
    "start_time": "2026-02-15 09:00:00 +0700"
  },
  "metadata": {
    "plan": "premium",
    "customer_ref": "CUST-00042"
  },
  "customer_details": {
    "first_name": "Budi",
    "last_name": "Santoso",
    "email": "budi.santoso@example.com",
    "phone": "+6281234567890"
  }
}`

	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v1/subscriptions", strings.NewReader(body))
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
	// The Subscription API answers with the HTTP status (200, 400, 404, 500) and has no
	// status_code in the body. On 200, store the id with your customer record.
	fmt.Println(resp.StatusCode, string(reply))
}

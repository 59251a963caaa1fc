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
  "payment_type": "gopay",
  "transaction_details": {
    "order_id": "ORDER-2026-1102",
    "gross_amount": 150000
  },
  "item_details": [
    {
      "id": "PLAN-PRO-1M",
      "name": "Pro plan, 1 month",
      "price": 150000,
      "quantity": 1
    }
  ],
  "customer_details": {
    "first_name": "Budi",
    "last_name": "Santoso",
    "email": "budi.santoso@example.com",
    "phone": "+6281234567890"
  },
  "gopay": {
    "account_id": "6fb4f968-146f-4783-b5ff-9657717b7658",
    "payment_option_token": "eyJ0eXBlIjogIkdPUEFZX1dBTExFVCIsICJpZCI6ICJ3YWxsZXQtMDEifQ==",
    "callback_url": "https://shop.example.com/gopay/finish"
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
	// Body status_code "200": paid. "201": open verification-link-url or verification-link-app
	// from actions. "202": denied, no actions (read channel_response_message).
	fmt.Println(resp.StatusCode, string(reply))
}

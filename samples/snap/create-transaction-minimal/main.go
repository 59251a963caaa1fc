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

	// The smallest valid request: an order ID you have not used before and the amount.
	body := `{
  "transaction_details": {
    "order_id": "ORDER-2026-0002",
    "gross_amount": 150000
  }
}`

	req, err := http.NewRequest(http.MethodPost,
		"https://app.sandbox.midtrans.com/snap/v1/transactions", strings.NewReader(body))
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
	// 201 Created carries {"token": ..., "redirect_url": ...}
	fmt.Println(resp.StatusCode, string(reply))
}

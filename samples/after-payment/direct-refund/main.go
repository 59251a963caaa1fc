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
  "refund_key": "ORDER-2026-0011-refund-1",
  "amount": 154000,
  "reason": "Customer canceled the order"
}`

	// Send a refund straight to the payment provider and get its result in the response.
	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v2/ORDER-2026-0011/refund/online/direct", strings.NewReader(body))
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
	// status_code 202 with transaction_status settlement means the provider refused the refund.
	fmt.Println(resp.StatusCode, string(reply))
}

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
  "refund_key": "ORDER-2026-0001-refund-1",
  "amount": 100000,
  "reason": "One item out of stock"
}`

	// Refund part of a settled payment. Reuse the same refund_key to retry safely.
	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v2/ORDER-2026-0001/refund", strings.NewReader(body))
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
	// partial_refund: part of the payment is refunded; refund: all of it.
	fmt.Println(resp.StatusCode, string(reply))
}

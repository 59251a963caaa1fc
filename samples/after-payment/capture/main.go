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
  "transaction_id": "9b1d3f5a-7c0e-4a2b-d4f6-8c0e2a4b6d7f"
}`

	// Capture a pre-authorized card payment (transaction_status authorize).
	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v2/capture", strings.NewReader(body))
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
	// The payment is now capture and settles like any other card payment.
	fmt.Println(resp.StatusCode, string(reply))
}

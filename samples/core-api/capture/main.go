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
  "transaction_id": "b7c2e9f4-1a3d-4c58-8e6b-9f0a2d4c6e81",
  "gross_amount": 250000
}`

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
	// Decide on the body's status_code, not the HTTP status: "200" with transaction_status
	// capture means the reserved amount is now charged.
	fmt.Println(resp.StatusCode, string(reply))
}

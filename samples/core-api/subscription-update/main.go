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
  "amount": "175000",
  "currency": "IDR",
  "token": "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
  "schedule": {
    "interval": 1
  }
}`

	req, err := http.NewRequest(http.MethodPatch,
		"https://api.sandbox.midtrans.com/v1/subscriptions/5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45", strings.NewReader(body))
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
	// On HTTP 200 the body is {"status_message": "Subscription is updated."}. The new amount
	// applies from the next scheduled charge.
	fmt.Println(resp.StatusCode, string(reply))
}

package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	// The server key stays on your server. Read it from your secret store in production.
	serverKey := "SB-Mid-server-YOUR_SERVER_KEY"

	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v1/subscriptions/5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45/disable", nil)
	if err != nil {
		panic(err)
	}
	req.SetBasicAuth(serverKey, "") // Basic base64(serverKey + ":")
	req.Header.Set("Accept", "application/json")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	// No new scheduled charges run until you enable it again. Retries of an earlier
	// failed charge still run; cancel the subscription to stop those too.
	fmt.Println(resp.StatusCode, string(reply))
}

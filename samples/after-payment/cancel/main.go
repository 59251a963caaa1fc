package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	// The server key stays on your server. Read it from your secret store in production.
	serverKey := "SB-Mid-server-YOUR_SERVER_KEY"

	// Cancel a transaction that has not settled yet (pending, authorize or capture).
	req, err := http.NewRequest(http.MethodPost,
		"https://api.sandbox.midtrans.com/v2/ORDER-2026-0002/cancel", nil)
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
	// A settled transaction cannot be canceled: refund it instead.
	fmt.Println(resp.StatusCode, string(reply))
}

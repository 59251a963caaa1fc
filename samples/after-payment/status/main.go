package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	// The server key stays on your server. Read it from your secret store in production.
	serverKey := "SB-Mid-server-YOUR_SERVER_KEY"

	// Read the current status of an order. Use the order ID or the transaction ID.
	req, err := http.NewRequest(http.MethodGet,
		"https://api.sandbox.midtrans.com/v2/ORDER-2026-0001/status", nil)
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
	// Decide from transaction_status (and fraud_status), never from status_code alone.
	fmt.Println(resp.StatusCode, string(reply))
}

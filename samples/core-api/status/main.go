package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	// The server key stays on your server. Read it from your secret store in production.
	serverKey := "SB-Mid-server-YOUR_SERVER_KEY"

	req, err := http.NewRequest(http.MethodGet,
		"https://api.sandbox.midtrans.com/v2/ORDER-2026-0101/status", nil)
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
	// Decide on the body: its status_code follows the transaction state (201 pending,
	// 200 capture or settlement, 202 deny or cancel, 407 expire) and transaction_status
	// names it. The HTTP status alone tells you neither.
	fmt.Println(resp.StatusCode, string(reply))
}

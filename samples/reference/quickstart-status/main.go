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
	// Decide on transaction_status (and fraud_status for cards) in the body. Its status_code
	// follows the same state: "200" for capture or settlement, "201" pending, "407" expired.
	fmt.Println(resp.StatusCode, string(reply))
}

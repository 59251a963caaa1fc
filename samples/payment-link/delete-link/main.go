package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	// The server key stays on your server. Read it from your secret store in production.
	serverKey := "SB-Mid-server-YOUR_SERVER_KEY"

	req, err := http.NewRequest(http.MethodDelete,
		"https://api.sandbox.midtrans.com/v1/payment-links/ORDER-2026-0101", nil)
	if err != nil {
		panic(err)
	}
	req.SetBasicAuth(serverKey, "") // Basic base64(key + ":")
	req.Header.Set("Accept", "application/json")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	// 200 OK confirms the link can no longer be paid
	fmt.Println(resp.StatusCode, string(reply))
}

package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	// The server key stays on your server. Read it from your secret store in production.
	serverKey := "SB-Mid-server-YOUR_SERVER_KEY"

	req, err := http.NewRequest(http.MethodPost, "https://api.sandbox.midtrans.com/v2/pay/account/6fb4f968-146f-4783-b5ff-9657717b7658/unbind", nil)
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
	// Decide on status_code in the JSON body, not on the HTTP status printed first: they can differ.
	// Body status_code "204" with account_status DISABLED: the account is unlinked.
	fmt.Println(resp.StatusCode, string(reply))
}

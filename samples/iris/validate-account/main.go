package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	// Use the creator API key. Keep it on your server and read it from your secret store in production.
	apiKey := "IRIS-YOUR_CREATOR_API_KEY"

	req, err := http.NewRequest(http.MethodGet,
		"https://app.sandbox.midtrans.com/iris/api/v1/account_validation?bank=mandiri&account=1111222233333", nil)
	if err != nil {
		panic(err)
	}
	req.SetBasicAuth(apiKey, "") // Basic base64(key + ":")
	req.Header.Set("Accept", "application/json")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	// A 2xx status carries the holder name the bank has on file
	fmt.Println(resp.StatusCode, string(reply))
}

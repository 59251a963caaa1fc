package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {
	// Use the creator API key. Keep it on your server and read it from your secret store in production.
	apiKey := "IRIS-YOUR_CREATOR_API_KEY"

	body := `{
  "name": "Budi Santoso",
  "account": "1234567890",
  "bank": "bca",
  "alias_name": "budibca",
  "email": "budi.santoso@example.com"
}`

	req, err := http.NewRequest(http.MethodPost,
		"https://app.sandbox.midtrans.com/iris/api/v1/beneficiaries", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.SetBasicAuth(apiKey, "") // Basic base64(key + ":")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	// A 2xx status carries {"status": "created"}
	fmt.Println(resp.StatusCode, string(reply))
}

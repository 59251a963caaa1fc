package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {
	// Use the approver API key. Keep it on your server and read it from your secret store in production.
	apiKey := "IRIS-YOUR_APPROVER_API_KEY"

	body := `{
  "reference_nos": [
    "9e0a5d7c1f2b43"
  ],
  "reject_reason": "Beneficiary requested payment next month"
}`

	req, err := http.NewRequest(http.MethodPost,
		"https://app.sandbox.midtrans.com/iris/api/v1/payouts/reject", strings.NewReader(body))
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
	// A 2xx status carries {"status": "ok"}
	fmt.Println(resp.StatusCode, string(reply))
}

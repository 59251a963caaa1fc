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
  "payouts": [
    {
      "beneficiary_name": "Budi Santoso",
      "beneficiary_account": "0987654321",
      "beneficiary_bank": "bca",
      "beneficiary_email": "budi.santoso@example.com",
      "amount": "150000.00",
      "notes": "Commission January 2026 ORDER-2026-0001"
    },
    {
      "beneficiary_name": "Dewi Lestari",
      "beneficiary_account": "1370012345678",
      "beneficiary_bank": "mandiri",
      "amount": "275000.00",
      "notes": "Commission January 2026 ORDER-2026-0002"
    }
  ]
}`

	req, err := http.NewRequest(http.MethodPost,
		"https://app.sandbox.midtrans.com/iris/api/v1/payouts", strings.NewReader(body))
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
	// A 2xx status carries one {status, reference_no} per payout, in request order
	fmt.Println(resp.StatusCode, string(reply))
}

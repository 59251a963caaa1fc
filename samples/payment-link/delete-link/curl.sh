curl -X DELETE "https://api.sandbox.midtrans.com/v1/payment-links/ORDER-2026-0101" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json"

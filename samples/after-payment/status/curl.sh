curl -X GET "https://api.sandbox.midtrans.com/v2/ORDER-2026-0001/status" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json"

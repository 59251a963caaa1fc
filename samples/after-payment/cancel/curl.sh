curl -X POST "https://api.sandbox.midtrans.com/v2/ORDER-2026-0002/cancel" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json"

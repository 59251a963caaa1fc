curl -X POST "https://api.sandbox.midtrans.com/v1/subscriptions/5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45/cancel" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json"

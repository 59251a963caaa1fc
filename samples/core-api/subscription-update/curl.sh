curl -X PATCH "https://api.sandbox.midtrans.com/v1/subscriptions/5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "PREMIUM-MONTHLY",
    "amount": "175000",
    "currency": "IDR",
    "token": "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
    "schedule": {
      "interval": 1
    }
  }'

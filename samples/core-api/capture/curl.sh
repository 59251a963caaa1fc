curl -X POST "https://api.sandbox.midtrans.com/v2/capture" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "transaction_id": "b7c2e9f4-1a3d-4c58-8e6b-9f0a2d4c6e81",
    "gross_amount": 250000
  }'

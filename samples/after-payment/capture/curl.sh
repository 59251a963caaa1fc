curl -X POST "https://api.sandbox.midtrans.com/v2/capture" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "transaction_id": "9b1d3f5a-7c0e-4a2b-d4f6-8c0e2a4b6d7f"
  }'

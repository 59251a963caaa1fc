curl -X POST "https://app.sandbox.midtrans.com/snap/v1/transactions" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "transaction_details": {
      "order_id": "ORDER-2026-0002",
      "gross_amount": 150000
    }
  }'

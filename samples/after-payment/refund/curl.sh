curl -X POST "https://api.sandbox.midtrans.com/v2/ORDER-2026-0001/refund" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "refund_key": "ORDER-2026-0001-refund-1",
    "amount": 100000,
    "reason": "One item out of stock"
  }'

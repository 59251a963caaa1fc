curl -X POST "https://api.sandbox.midtrans.com/v2/ORDER-2026-0011/refund/online/direct" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "refund_key": "ORDER-2026-0011-refund-1",
    "amount": 154000,
    "reason": "Customer canceled the order"
  }'

curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "credit_card",
    "transaction_details": {
      "order_id": "ORDER-2026-0301",
      "gross_amount": 150000
    },
    "credit_card": {
      "token_id": "48111111-1114-9c4e2a7d-3b8f-4e15-b6a2-5f0d8e1c7b39",
      "authentication": true,
      "save_token_id": true
    },
    "item_details": [
      {
        "id": "PLAN-PREMIUM-1M",
        "name": "Premium plan, first month",
        "price": 150000,
        "quantity": 1
      }
    ],
    "customer_details": {
      "first_name": "Budi",
      "last_name": "Santoso",
      "email": "budi.santoso@example.com",
      "phone": "+6281234567890"
    }
  }'

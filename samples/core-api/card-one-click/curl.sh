curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "credit_card",
    "transaction_details": {
      "order_id": "ORDER-2026-0302",
      "gross_amount": 150000
    },
    "credit_card": {
      "token_id": "48111111aB3dE5fG7hJ9kL2mN4pQ1114"
    },
    "item_details": [
      {
        "id": "PLAN-PREMIUM-1M",
        "name": "Premium plan, second month",
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

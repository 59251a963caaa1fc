curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "gopay",
    "transaction_details": {
      "order_id": "ORDER-2026-1102",
      "gross_amount": 150000
    },
    "item_details": [
      {
        "id": "PLAN-PRO-1M",
        "name": "Pro plan, 1 month",
        "price": 150000,
        "quantity": 1
      }
    ],
    "customer_details": {
      "first_name": "Budi",
      "last_name": "Santoso",
      "email": "budi.santoso@example.com",
      "phone": "+6281234567890"
    },
    "gopay": {
      "account_id": "6fb4f968-146f-4783-b5ff-9657717b7658",
      "payment_option_token": "eyJ0eXBlIjogIkdPUEFZX1dBTExFVCIsICJpZCI6ICJ3YWxsZXQtMDEifQ==",
      "callback_url": "https://shop.example.com/gopay/finish"
    }
  }'

curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "akulaku",
    "transaction_details": {
      "order_id": "ORDER-2026-1401",
      "gross_amount": 1500000
    },
    "item_details": [
      {
        "id": "SKU-PHONE-A1",
        "name": "Smartphone A1, 128 GB",
        "price": 1500000,
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

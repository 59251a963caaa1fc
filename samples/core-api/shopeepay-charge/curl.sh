curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "shopeepay",
    "transaction_details": {
      "order_id": "ORDER-2026-1601",
      "gross_amount": 85000
    },
    "item_details": [
      {
        "id": "SKU-TEA-BOBA",
        "name": "Brown sugar milk tea",
        "price": 42500,
        "quantity": 2
      }
    ],
    "customer_details": {
      "first_name": "Budi",
      "last_name": "Santoso",
      "email": "budi.santoso@example.com",
      "phone": "+6281234567890"
    },
    "shopeepay": {
      "callback_url": "https://shop.example.com/payment/finish"
    }
  }'

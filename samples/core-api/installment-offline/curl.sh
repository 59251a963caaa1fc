curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "credit_card",
    "transaction_details": {
      "order_id": "ORDER-2026-0202",
      "gross_amount": 3600000
    },
    "credit_card": {
      "token_id": "48111111-1114-5a1c8e3b-9f2d-4b67-a4e0-3d7b9c2f1e58",
      "authentication": true,
      "bank": "mandiri",
      "installment_term": 12,
      "bins": [
        "48111111",
        "52111111"
      ]
    },
    "item_details": [
      {
        "id": "SKU-LAPTOP-14",
        "name": "Laptop 14-inch, 16 GB RAM",
        "price": 3600000,
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

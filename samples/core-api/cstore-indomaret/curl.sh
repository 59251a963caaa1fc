curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "cstore",
    "transaction_details": {
      "order_id": "ORDER-2026-1301",
      "gross_amount": 150000
    },
    "item_details": [
      {
        "id": "SKU-MUG-01",
        "name": "Ceramic mug",
        "price": 75000,
        "quantity": 2
      }
    ],
    "customer_details": {
      "first_name": "Budi",
      "last_name": "Santoso",
      "email": "budi.santoso@example.com",
      "phone": "+6281234567890"
    },
    "cstore": {
      "store": "indomaret",
      "message": "Example Shop order"
    }
  }'

curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "cimb_clicks",
    "transaction_details": {
      "order_id": "ORDER-2026-1501",
      "gross_amount": 250000
    },
    "item_details": [
      {
        "id": "SKU-TSHIRT-M",
        "name": "Cotton T-shirt, size M",
        "price": 125000,
        "quantity": 2
      }
    ],
    "customer_details": {
      "first_name": "Budi",
      "last_name": "Santoso",
      "email": "budi.santoso@example.com",
      "phone": "+6281234567890"
    },
    "cimb_clicks": {
      "description": "Purchase at Example Shop"
    }
  }'

curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "echannel",
    "transaction_details": {
      "order_id": "ORDER-2026-1203",
      "gross_amount": 350000
    },
    "item_details": [
      {
        "id": "SKU-SHOES-42",
        "name": "Running shoes, size 42",
        "price": 350000,
        "quantity": 1
      }
    ],
    "customer_details": {
      "first_name": "Budi",
      "last_name": "Santoso",
      "email": "budi.santoso@example.com",
      "phone": "+6281234567890"
    },
    "echannel": {
      "bill_info1": "Payment:",
      "bill_info2": "Order ORDER-2026-1203"
    }
  }'

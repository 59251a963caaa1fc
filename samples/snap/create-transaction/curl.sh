curl -X POST "https://app.sandbox.midtrans.com/snap/v1/transactions" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "transaction_details": {
      "order_id": "ORDER-2026-0001",
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
      "phone": "+6281234567890",
      "billing_address": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
        "address": "Jl. Sudirman No. 12",
        "city": "Jakarta",
        "postal_code": "12190",
        "country_code": "IDN"
      },
      "shipping_address": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
        "address": "Jl. Sudirman No. 12",
        "city": "Jakarta",
        "postal_code": "12190",
        "country_code": "IDN"
      }
    },
    "credit_card": {
      "secure": true
    },
    "callbacks": {
      "finish": "https://example.com/checkout/finish"
    }
  }'

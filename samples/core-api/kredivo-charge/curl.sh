curl -X POST "https://api.sandbox.midtrans.com/v2/charge" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "kredivo",
    "transaction_details": {
      "order_id": "ORDER-2026-1402",
      "gross_amount": 1500000
    },
    "item_details": [
      {
        "id": "SKU-PHONE-A1",
        "name": "Smartphone A1, 128 GB",
        "price": 1500000,
        "quantity": 1,
        "category": "Electronics",
        "url": "https://shop.example.com/p/phone-a1"
      }
    ],
    "customer_details": {
      "first_name": "Budi",
      "last_name": "Santoso",
      "email": "budi.santoso@example.com",
      "phone": "+6281234567890",
      "shipping_address": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "phone": "+6281234567890",
        "address": "Jl. Contoh Raya No. 10",
        "city": "Jakarta",
        "postal_code": "12190",
        "country_code": "IDN"
      }
    }
  }'

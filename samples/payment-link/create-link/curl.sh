curl -X POST "https://api.sandbox.midtrans.com/v1/payment-links" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "transaction_details": {
      "order_id": "ORDER-2026-0101",
      "gross_amount": 300000,
      "payment_link_id": "batik-7f3a9c2e51d84b06"
    },
    "customer_required": true,
    "usage_limit": 1,
    "expiry": {
      "duration": 7,
      "unit": "days"
    },
    "enabled_payments": [
      "credit_card",
      "bca_va",
      "gopay",
      "other_qris"
    ],
    "item_details": [
      {
        "id": "SKU-BATIK-L",
        "name": "Batik shirt, size L",
        "price": 150000,
        "quantity": 2
      }
    ],
    "customer_details": {
      "first_name": "Siti",
      "last_name": "Rahayu",
      "email": "siti.rahayu@example.com",
      "phone": "+6281298765432",
      "notes": "Thank you for your order. Pay within 7 days to reserve your shirts.",
      "customer_details_required_fields": [
        "first_name",
        "phone",
        "email"
      ]
    },
    "credit_card": {
      "secure": true
    },
    "custom_field1": "ORDER-2026-0101",
    "callbacks": {
      "finish": "https://shop.example.com/orders/ORDER-2026-0101"
    }
  }'

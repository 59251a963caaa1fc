curl -X POST "https://api.sandbox.midtrans.com/v1/subscriptions" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "PREMIUM-MONTHLY",
    "amount": "150000",
    "currency": "IDR",
    "payment_type": "credit_card",
    "token": "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
    "schedule": {
      "interval": 1,
      "interval_unit": "month",
      "max_interval": 12,
      "start_time": "2026-02-15 09:00:00 +0700"
    },
    "metadata": {
      "plan": "premium",
      "customer_ref": "CUST-00042"
    },
    "customer_details": {
      "first_name": "Budi",
      "last_name": "Santoso",
      "email": "budi.santoso@example.com",
      "phone": "+6281234567890"
    }
  }'

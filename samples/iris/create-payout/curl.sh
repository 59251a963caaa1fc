curl -X POST "https://app.sandbox.midtrans.com/iris/api/v1/payouts" \
  -u "IRIS-YOUR_CREATOR_API_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payouts": [
      {
        "beneficiary_name": "Budi Santoso",
        "beneficiary_account": "0987654321",
        "beneficiary_bank": "bca",
        "beneficiary_email": "budi.santoso@example.com",
        "amount": "150000.00",
        "notes": "Commission January 2026 ORDER-2026-0001"
      },
      {
        "beneficiary_name": "Dewi Lestari",
        "beneficiary_account": "1370012345678",
        "beneficiary_bank": "mandiri",
        "amount": "275000.00",
        "notes": "Commission January 2026 ORDER-2026-0002"
      }
    ]
  }'

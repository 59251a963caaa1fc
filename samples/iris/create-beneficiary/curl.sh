curl -X POST "https://app.sandbox.midtrans.com/iris/api/v1/beneficiaries" \
  -u "IRIS-YOUR_CREATOR_API_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "Budi Santoso",
    "account": "1234567890",
    "bank": "bca",
    "alias_name": "budibca",
    "email": "budi.santoso@example.com"
  }'

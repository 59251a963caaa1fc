curl -X PATCH "https://app.sandbox.midtrans.com/iris/api/v1/beneficiaries/budibca" \
  -u "IRIS-YOUR_CREATOR_API_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "name": "Budi Santoso",
    "account": "0987654321",
    "bank": "bca",
    "alias_name": "budibca",
    "email": "budi.santoso@example.com"
  }'

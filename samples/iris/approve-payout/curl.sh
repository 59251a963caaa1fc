curl -X POST "https://app.sandbox.midtrans.com/iris/api/v1/payouts/approve" \
  -u "IRIS-YOUR_APPROVER_API_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "reference_nos": [
      "7c3f9e21b4d806"
    ],
    "otp": "123456"
  }'

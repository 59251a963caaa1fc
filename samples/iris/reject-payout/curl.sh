curl -X POST "https://app.sandbox.midtrans.com/iris/api/v1/payouts/reject" \
  -u "IRIS-YOUR_APPROVER_API_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "reference_nos": [
      "9e0a5d7c1f2b43"
    ],
    "reject_reason": "Beneficiary requested payment next month"
  }'

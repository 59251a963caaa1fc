curl -X GET "https://app.sandbox.midtrans.com/iris/api/v1/payouts/7c3f9e21b4d806" \
  -u "IRIS-YOUR_CREATOR_API_KEY:" \
  -H "Accept: application/json"

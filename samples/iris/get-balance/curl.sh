curl -X GET "https://app.sandbox.midtrans.com/iris/api/v1/balance" \
  -u "IRIS-YOUR_CREATOR_API_KEY:" \
  -H "Accept: application/json"

curl -X GET "https://app.sandbox.midtrans.com/iris/api/v1/account_validation?bank=mandiri&account=1111222233333" \
  -u "IRIS-YOUR_CREATOR_API_KEY:" \
  -H "Accept: application/json"

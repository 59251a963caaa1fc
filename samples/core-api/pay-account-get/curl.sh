curl -X GET "https://api.sandbox.midtrans.com/v2/pay/account/6fb4f968-146f-4783-b5ff-9657717b7658" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json"

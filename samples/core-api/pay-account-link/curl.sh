curl -X POST "https://api.sandbox.midtrans.com/v2/pay/account" \
  -u "SB-Mid-server-YOUR_SERVER_KEY:" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{
    "payment_type": "gopay",
    "gopay_partner": {
      "phone_number": "8215023424",
      "country_code": "62",
      "redirect_url": "https://shop.example.com/gopay/linked"
    }
  }'

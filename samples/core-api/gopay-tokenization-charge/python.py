import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "gopay",
    "transaction_details": {
        "order_id": "ORDER-2026-1102",
        "gross_amount": 150000,
    },
    "item_details": [
        {
            "id": "PLAN-PRO-1M",
            "name": "Pro plan, 1 month",
            "price": 150000,
            "quantity": 1,
        },
    ],
    "customer_details": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
    },
    "gopay": {
        "account_id": "6fb4f968-146f-4783-b5ff-9657717b7658",
        "payment_option_token": "eyJ0eXBlIjogIkdPUEFZX1dBTExFVCIsICJpZCI6ICJ3YWxsZXQtMDEifQ==",
        "callback_url": "https://shop.example.com/gopay/finish",
    },
})

# Decide on status_code in the response body.
status_code = charge["status_code"]
if status_code == "200":
    # Paid at once, no PIN needed.
    print(charge["transaction_status"])  # "settlement"
elif status_code == "201":
    # The customer confirms with their GoPay PIN first.
    actions = {action["name"]: action["url"] for action in charge["actions"]}
    print(actions["verification-link-url"])  # browser or WebView
    print(actions["verification-link-app"])  # phone with the GoPay app
elif status_code == "202":
    # Denied, for example "Insufficient Balance". A denied charge has no actions.
    print(charge["transaction_status"], charge.get("channel_response_message", ""))

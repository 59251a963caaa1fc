import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "credit_card",
    "transaction_details": {
        "order_id": "ORDER-2026-0301",
        "gross_amount": 150000,
    },
    "credit_card": {
        "token_id": "48111111-1114-9c4e2a7d-3b8f-4e15-b6a2-5f0d8e1c7b39",
        "authentication": True,
        "save_token_id": True,
    },
    "item_details": [
        {
            "id": "PLAN-PREMIUM-1M",
            "name": "Premium plan, first month",
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
})

# saved_token_id arrives after 3DS, in the notification and the status response.
print(charge["status_code"])
print(charge["transaction_status"])
print(charge.get("redirect_url"))

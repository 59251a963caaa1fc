import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "credit_card",
    "transaction_details": {
        "order_id": "ORDER-2026-0302",
        "gross_amount": 150000,
    },
    "credit_card": {
        "token_id": "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
    },
    "item_details": [
        {
            "id": "PLAN-PREMIUM-1M",
            "name": "Premium plan, second month",
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

# No 3DS page: a 200 with capture and fraud_status accept means paid.
print(charge["status_code"])
print(charge["transaction_status"])
print(charge.get("fraud_status"))

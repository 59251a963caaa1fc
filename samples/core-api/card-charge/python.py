import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "credit_card",
    "transaction_details": {
        "order_id": "ORDER-2026-0101",
        "gross_amount": 250000,
    },
    "credit_card": {
        "token_id": "48111111-1114-7d3f9c2e-5b8a-4e61-a0f4-2c9e6b1d8a73",
        "authentication": True,
    },
    "item_details": [
        {
            "id": "SKU-TSHIRT-M",
            "name": "Cotton T-shirt, size M",
            "price": 125000,
            "quantity": 2,
        },
    ],
    "customer_details": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
    },
})

# 201 + redirect_url: open the 3DS page in the browser. 200 + capture: paid without 3DS.
print(charge["status_code"])
print(charge["transaction_status"])
print(charge.get("redirect_url"))

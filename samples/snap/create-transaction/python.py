import midtransclient

# The server key stays on your server. Read it from your secret store in production.
snap = midtransclient.Snap(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

address = {
    "first_name": "Budi",
    "last_name": "Santoso",
    "email": "budi.santoso@example.com",
    "phone": "+6281234567890",
    "address": "Jl. Sudirman No. 12",
    "city": "Jakarta",
    "postal_code": "12190",
    "country_code": "IDN",
}

transaction = snap.create_transaction({
    "transaction_details": {
        "order_id": "ORDER-2026-0001",
        "gross_amount": 250000,
    },
    "item_details": [
        {
            "id": "SKU-TSHIRT-M",
            "name": "Cotton T-shirt, size M",
            "price": 125000,
            "quantity": 2,
        }
    ],
    "customer_details": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
        "billing_address": address,
        "shipping_address": address,
    },
    "credit_card": {"secure": True},
    "callbacks": {"finish": "https://example.com/checkout/finish"},
})

# Send the token to your frontend; keep redirect_url for redirect mode.
print(transaction["token"])
print(transaction["redirect_url"])

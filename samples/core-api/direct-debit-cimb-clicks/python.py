import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "cimb_clicks",
    "transaction_details": {
        "order_id": "ORDER-2026-1501",
        "gross_amount": 250000,
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
    "cimb_clicks": {"description": "Purchase at Example Shop"},
})

# Send the customer to the bank's page at redirect_url.
print(charge["redirect_url"])
print(charge["transaction_status"])  # "pending" until the customer approves at the bank

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "bank_transfer",
    "transaction_details": {
        "order_id": "ORDER-2026-1201",
        "gross_amount": 350000,
    },
    "item_details": [
        {
            "id": "SKU-SHOES-42",
            "name": "Running shoes, size 42",
            "price": 350000,
            "quantity": 1,
        },
    ],
    "customer_details": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
    },
    "bank_transfer": {"bank": "bca"},
})

# Show the VA number and the amount to the customer, then wait for the notification.
va = charge["va_numbers"][0]
print(va["bank"], va["va_number"])
print(charge["transaction_status"])  # "pending" until the transfer arrives

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "qris",
    "transaction_details": {
        "order_id": "ORDER-2026-1602",
        "gross_amount": 85000,
    },
    "item_details": [
        {
            "id": "SKU-TEA-BOBA",
            "name": "Brown sugar milk tea",
            "price": 42500,
            "quantity": 2,
        },
    ],
    "customer_details": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
    },
    "qris": {"acquirer": "gopay"},
})

# Either hotlink the QR image URL or render qr_string with your own QR library.
actions = {action["name"]: action["url"] for action in charge["actions"]}
print(actions["generate-qr-code"])
print(charge["qr_string"])

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "gopay",
    "transaction_details": {
        "order_id": "ORDER-2026-1101",
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
    "gopay": {
        "enable_callback": True,
        "callback_url": "https://shop.example.com/payment/finish",
    },
})

# Desktop: show the QR code image. Mobile: send the customer to the deeplink.
actions = {action["name"]: action["url"] for action in charge["actions"]}
print(charge["transaction_status"])  # "pending" until the customer pays
print(actions["generate-qr-code"])
print(actions["deeplink-redirect"])

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "kredivo",
    "transaction_details": {
        "order_id": "ORDER-2026-1402",
        "gross_amount": 1500000,
    },
    "item_details": [
        {
            "id": "SKU-PHONE-A1",
            "name": "Smartphone A1, 128 GB",
            "price": 1500000,
            "quantity": 1,
            "category": "Electronics",
            "url": "https://shop.example.com/p/phone-a1",
        },
    ],
    "customer_details": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
        "shipping_address": {
            "first_name": "Budi",
            "last_name": "Santoso",
            "phone": "+6281234567890",
            "address": "Jl. Contoh Raya No. 10",
            "city": "Jakarta",
            "postal_code": "12190",
            "country_code": "IDN",
        },
    },
})

# Send the customer to redirect_url (server-side redirect or a link).
print(charge["redirect_url"])
print(charge["transaction_status"])  # "pending" until the provider approves

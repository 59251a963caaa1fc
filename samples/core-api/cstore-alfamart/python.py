import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

charge = core.charge({
    "payment_type": "cstore",
    "transaction_details": {
        "order_id": "ORDER-2026-1302",
        "gross_amount": 150000,
    },
    "item_details": [
        {
            "id": "SKU-MUG-01",
            "name": "Ceramic mug",
            "price": 75000,
            "quantity": 2,
        },
    ],
    "customer_details": {
        "first_name": "Budi",
        "last_name": "Santoso",
        "email": "budi.santoso@example.com",
        "phone": "+6281234567890",
    },
    "cstore": {
        "store": "alfamart",
        "message": "Example Shop order",
        "alfamart_free_text_1": "Thank you for shopping at Example Shop.",
        "alfamart_free_text_2": "Keep this receipt as proof of payment.",
        "alfamart_free_text_3": "Questions? support@example.com",
    },
})

# Show the payment code, the store name and the exact amount to the customer.
print(charge["store"], charge["payment_code"])
print(charge["transaction_status"])  # "pending" until the customer pays at the counter

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
snap = midtransclient.Snap(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

# The smallest valid request: an order ID you have not used before and the amount.
transaction = snap.create_transaction({
    "transaction_details": {
        "order_id": "ORDER-2026-0002",
        "gross_amount": 150000,
    },
})

print(transaction["token"])
print(transaction["redirect_url"])

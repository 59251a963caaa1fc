import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

capture = core.capture({
    "transaction_id": "b7c2e9f4-1a3d-4c58-8e6b-9f0a2d4c6e81",
    "gross_amount": 250000,
})

# transaction_status moves from authorize to capture.
print(capture["status_code"])
print(capture["transaction_status"])
print(capture["gross_amount"])

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

result = core.update_subscription(
    "5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45",
    {
        "name": "PREMIUM-MONTHLY",
        "amount": "175000",
        "currency": "IDR",
        "token": "48111111aB3dE5fG7hJ9kL2mN4pQ1114",
        "schedule": {
            "interval": 1,
        },
    },
)

# The new amount applies from the next scheduled charge.
print(result["status_message"])

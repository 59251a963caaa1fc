import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

result = core.enable_subscription("5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45")

# Charges resume at the next scheduled time.
print(result["status_message"])

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

result = core.disable_subscription("5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45")

# No new scheduled charges run until you enable it again. Retries of an earlier
# failed charge still run; cancel the subscription to stop those too.
print(result["status_message"])

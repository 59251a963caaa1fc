import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

subscription = core.get_subscription("5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45")

# status is active or inactive; transaction_ids lists every charge made so far.
print(subscription["status"])
print(subscription["schedule"]["current_interval"])
print(subscription["schedule"]["next_execution_at"])
print(subscription["transaction_ids"])

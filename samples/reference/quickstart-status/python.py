import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

status = core.transactions.status("ORDER-2026-0001")

# Decide on transaction_status (and fraud_status for cards). status_code follows the
# same state: "200" for capture or settlement, "201" pending, "407" expired.
print(status["transaction_status"])
print(status.get("fraud_status"))
print(status["gross_amount"])

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

status = core.transactions.status("ORDER-2026-0001")

# transaction_status is the payment state; status_code is the result of this API call.
print(status["transaction_status"])
print(status.get("fraud_status"))
print(status["gross_amount"])

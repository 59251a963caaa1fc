import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

status = core.transactions.status("ORDER-2026-0101")

# status_code follows the transaction state here (201 pending, 200 capture or settlement,
# 202 deny or cancel, 407 expire); it does not mean "found". Decide on transaction_status.
print(status["transaction_status"])
print(status.get("fraud_status"))
print(status["gross_amount"])

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

# Cancel a transaction that has not settled yet (pending, authorize or capture).
try:
    response = core.transactions.cancel("ORDER-2026-0002")
except midtransclient.MidtransAPIError as error:
    # For example 412: the transaction is not in a state that allows this action.
    print(error.http_status_code, error.api_response_dict)
else:
    # A settled transaction cannot be canceled: refund it instead.
    print("order_id:", response.get("order_id"))
    print("transaction_status:", response.get("transaction_status"))

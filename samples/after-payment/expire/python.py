import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

# Expire a pending transaction now, before its payment deadline.
try:
    response = core.transactions.expire("ORDER-2026-0004")
except midtransclient.MidtransAPIError as error:
    # For example 412: the transaction is not in a state that allows this action.
    print(error.http_status_code, error.api_response_dict)
else:
    # status_code 407 with transaction_status expire means the expiry succeeded.
    print("order_id:", response.get("order_id"))
    print("status_code:", response.get("status_code"))
    print("transaction_status:", response.get("transaction_status"))

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

# Refund part of a settled payment. Reuse the same refund_key to retry safely.
try:
    response = core.transactions.refund("ORDER-2026-0001", {
        "refund_key": "ORDER-2026-0001-refund-1",
        "amount": 100000,
        "reason": "One item out of stock",
    })
except midtransclient.MidtransAPIError as error:
    # For example 412: the transaction is not in a state that allows this action.
    print(error.http_status_code, error.api_response_dict)
else:
    # partial_refund: part of the payment is refunded; refund: all of it.
    print("order_id:", response.get("order_id"))
    print("transaction_status:", response.get("transaction_status"))
    print("refund_amount:", response.get("refund_amount"))
    print("refund_key:", response.get("refund_key"))

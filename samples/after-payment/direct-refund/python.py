import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

# Send a refund straight to the payment provider and get its result in the response.
try:
    response = core.transactions.refundDirect("ORDER-2026-0011", {
        "refund_key": "ORDER-2026-0011-refund-1",
        "amount": 154000,
        "reason": "Customer canceled the order",
    })
except midtransclient.MidtransAPIError as error:
    # For example 412: the transaction is not in a state that allows this action.
    print(error.http_status_code, error.api_response_dict)
else:
    # status_code 202 with transaction_status settlement means the provider refused the refund.
    print("order_id:", response.get("order_id"))
    print("status_code:", response.get("status_code"))
    print("transaction_status:", response.get("transaction_status"))
    print("refund_amount:", response.get("refund_amount"))

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

# Capture a pre-authorized card payment (transaction_status authorize).
try:
    response = core.capture({
        "transaction_id": "9b1d3f5a-7c0e-4a2b-d4f6-8c0e2a4b6d7f",
    })
except midtransclient.MidtransAPIError as error:
    # For example 412: the transaction is not in a state that allows this action.
    print(error.http_status_code, error.api_response_dict)
else:
    # The payment is now capture and settles like any other card payment.
    print("order_id:", response.get("order_id"))
    print("transaction_status:", response.get("transaction_status"))
    print("gross_amount:", response.get("gross_amount"))

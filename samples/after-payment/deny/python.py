import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

# Reject a card payment that the Fraud Detection System flagged as challenge.
try:
    response = core.transactions.deny("ORDER-2026-0003")
except midtransclient.MidtransAPIError as error:
    # For example 412: the transaction is not in a state that allows this action.
    print(error.http_status_code, error.api_response_dict)
else:
    # transaction_status is now cancel (fraud_status deny): do not fulfill the order.
    print("order_id:", response.get("order_id"))
    print("transaction_status:", response.get("transaction_status"))
    print("fraud_status:", response.get("fraud_status"))

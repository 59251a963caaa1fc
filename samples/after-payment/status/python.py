import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

# Read the current status of an order. Use the order ID or the transaction ID.
try:
    response = core.transactions.status("ORDER-2026-0001")
except midtransclient.MidtransAPIError as error:
    # For example 404: no transaction with this ID in this environment.
    print(error.http_status_code, error.api_response_dict)
else:
    # Decide from transaction_status (and fraud_status), never from status_code alone.
    print("order_id:", response.get("order_id"))
    print("transaction_status:", response.get("transaction_status"))
    print("fraud_status:", response.get("fraud_status"))
    print("gross_amount:", response.get("gross_amount"))

import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

account = core.get_payment_account("6fb4f968-146f-4783-b5ff-9657717b7658")

# Pick the payment option the customer chose; its token goes into the charge.
print(account["account_status"])  # "ENABLED" once linked
for option in account["metadata"]["payment_options"]:
    print(option["name"], option["active"], option["balance"]["value"], option["token"])

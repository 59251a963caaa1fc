import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

account = core.unlink_payment_account("6fb4f968-146f-4783-b5ff-9657717b7658")

# "DISABLED": the stored tokens no longer work; delete them on your side too.
print(account["status_code"], account["account_status"])

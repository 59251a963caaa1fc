import midtransclient

# The server key stays on your server. Read it from your secret store in production.
core = midtransclient.CoreApi(
    is_production=False,
    server_key="SB-Mid-server-YOUR_SERVER_KEY",
)

account = core.link_payment_account({
    "payment_type": "gopay",
    "gopay_partner": {
        "phone_number": "8215023424",
        "country_code": "62",
        "redirect_url": "https://shop.example.com/gopay/linked",
    },
})

# Decide on status_code in the response body.
if account["status_code"] == "201":
    # Store account_id with the customer, then send them to an activation link.
    actions = {action["name"]: action["url"] for action in account["actions"]}
    print(account["account_id"])
    print(account["account_status"])  # "PENDING" until the customer confirms
    print(actions["activation-link-url"])
else:
    # "202": linking failed, for example "User Not Found". There are no actions.
    print(account["status_code"], account.get("channel_response_message", ""))

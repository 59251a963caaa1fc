import requests

# The server key stays on your server. Read it from your secret store in production.
SERVER_KEY = "SB-Mid-server-YOUR_SERVER_KEY"
SUBSCRIPTION_ID = "5c1d9e2a-7b4f-4a83-9e61-0d2c8b7f3a45"

# midtransclient has no cancel method, so call the endpoint directly.
response = requests.post(
    f"https://api.sandbox.midtrans.com/v1/subscriptions/{SUBSCRIPTION_ID}/cancel",
    auth=(SERVER_KEY, ""),  # HTTP Basic: base64(key + ":")
    headers={"Accept": "application/json"},
    timeout=30,
)
result = response.json()
if not response.ok:
    # 404: "Subscription doesn't exist."; 500: retry later.
    raise SystemExit(f"{response.status_code}: {result}")

# No scheduled charge and no pending retry runs after this.
print(result["status_message"])

import requests

# The server key stays on your server. Read it from your secret store in production.
SERVER_KEY = "SB-Mid-server-YOUR_SERVER_KEY"
BASE_URL = "https://api.sandbox.midtrans.com/v1/payment-links"

response = requests.delete(
    f"{BASE_URL}/ORDER-2026-0101",
    auth=(SERVER_KEY, ""),  # HTTP Basic: base64(key + ":")
    headers={"Accept": "application/json"},
    timeout=30,
)
result = response.json()
if not response.ok:
    # Payment Link errors arrive in error_messages
    raise SystemExit(f"{response.status_code}: {result}")

print(result["message"])

import requests

# Use the approver API key. Keep it on your server and read it from your secret store in production.
API_KEY = "IRIS-YOUR_APPROVER_API_KEY"
BASE_URL = "https://app.sandbox.midtrans.com/iris/api/v1"

response = requests.post(
    f"{BASE_URL}/payouts/approve",
    auth=(API_KEY, ""),  # HTTP Basic: base64(key + ":")
    headers={"Accept": "application/json"},
    json={
        "reference_nos": ["7c3f9e21b4d806"],
        "otp": "123456",
    },
    timeout=30,
)
result = response.json()
if not response.ok:
    # IRIS explains errors in error_message and errors
    raise SystemExit(f"{response.status_code}: {result}")

print(result["status"])

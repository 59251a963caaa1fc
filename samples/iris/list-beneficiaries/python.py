import requests

# Use the creator API key. Keep it on your server and read it from your secret store in production.
API_KEY = "IRIS-YOUR_CREATOR_API_KEY"
BASE_URL = "https://app.sandbox.midtrans.com/iris/api/v1"

response = requests.get(
    f"{BASE_URL}/beneficiaries",
    auth=(API_KEY, ""),  # HTTP Basic: base64(key + ":")
    headers={"Accept": "application/json"},
    timeout=30,
)
result = response.json()
if not response.ok:
    # IRIS explains errors in error_message and errors
    raise SystemExit(f"{response.status_code}: {result}")

for beneficiary in result:
    print(beneficiary["alias_name"], beneficiary["bank"], beneficiary["account"])

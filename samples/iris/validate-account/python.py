import requests

# Use the creator API key. Keep it on your server and read it from your secret store in production.
API_KEY = "IRIS-YOUR_CREATOR_API_KEY"
BASE_URL = "https://app.sandbox.midtrans.com/iris/api/v1"

response = requests.get(
    f"{BASE_URL}/account_validation",
    params={
        "bank": "mandiri",
        "account": "1111222233333",
    },
    auth=(API_KEY, ""),  # HTTP Basic: base64(key + ":")
    headers={"Accept": "application/json"},
    timeout=30,
)
result = response.json()
if not response.ok:
    # IRIS explains errors in error_message and errors
    raise SystemExit(f"{response.status_code}: {result}")

# Compare account_name with the name your user typed before you save the beneficiary.
print(result["account_name"], result["account_no"], result["bank_name"])

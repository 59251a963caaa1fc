import requests

# Use the creator API key. Keep it on your server and read it from your secret store in production.
API_KEY = "IRIS-YOUR_CREATOR_API_KEY"
BASE_URL = "https://app.sandbox.midtrans.com/iris/api/v1"

response = requests.post(
    f"{BASE_URL}/payouts",
    auth=(API_KEY, ""),  # HTTP Basic: base64(key + ":")
    headers={"Accept": "application/json"},
    json={
        "payouts": [
            {
                "beneficiary_name": "Budi Santoso",
                "beneficiary_account": "0987654321",
                "beneficiary_bank": "bca",
                "beneficiary_email": "budi.santoso@example.com",
                "amount": "150000.00",
                "notes": "Commission January 2026 ORDER-2026-0001",
            },
            {
                "beneficiary_name": "Dewi Lestari",
                "beneficiary_account": "1370012345678",
                "beneficiary_bank": "mandiri",
                "amount": "275000.00",
                "notes": "Commission January 2026 ORDER-2026-0002",
            },
        ],
    },
    timeout=30,
)
result = response.json()
if not response.ok:
    # IRIS explains errors in error_message and errors
    raise SystemExit(f"{response.status_code}: {result}")

# Store each reference_no: you need it to approve, reject and track the payout.
for payout in result["payouts"]:
    print(payout["reference_no"], payout["status"])

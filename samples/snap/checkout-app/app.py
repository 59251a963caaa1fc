"""Snap checkout (Flask): creates the Snap token, serves the payment
page and confirms HTTP notifications. Sandbox only.

Run: pip install flask midtransclient && python app.py
"""
import hashlib
import hmac
import os
import uuid
from pathlib import Path

import midtransclient
from flask import Flask, request

# Keys come from the environment, never from code.
SERVER_KEY = os.environ["MIDTRANS_SERVER_KEY"].strip()
CLIENT_KEY = os.environ["MIDTRANS_CLIENT_KEY"].strip()

snap = midtransclient.Snap(
    is_production=False, server_key=SERVER_KEY, client_key=CLIENT_KEY
)
PAGE = (Path(__file__).parent / "checkout.html").read_text(encoding="utf-8")
PAGE = PAGE.replace("__CLIENT_KEY__", CLIENT_KEY)

app = Flask(__name__)


@app.get("/")
def checkout_page():
    return PAGE


# The server sets items and amount: never take a price from the browser.
@app.post("/api/checkout")
def checkout():
    try:
        transaction = snap.create_transaction({
            "transaction_details": {
                "order_id": f"ORDER-{uuid.uuid4()}",
                "gross_amount": 250000,
            },
            "item_details": [{
                "id": "SKU-TSHIRT-M",
                "name": "Cotton T-shirt, size M",
                "price": 125000,
                "quantity": 2,
            }],
            "credit_card": {"secure": True},
        })
    except midtransclient.error_midtrans.MidtransAPIError as error:
        app.logger.error("Snap API error: %s", error.message)
        return {"error": "Could not create the payment"}, 502
    return {"token": transaction["token"]}


def signature_is_valid(body):
    """signature_key: SHA-512 hex of order_id, status_code, gross_amount
    and the server key, joined."""
    fields = ("order_id", "status_code", "gross_amount")
    signed = "".join(str(body.get(k)) for k in fields) + SERVER_KEY
    expected = hashlib.sha512(signed.encode("utf-8")).hexdigest()
    received = str(body.get("signature_key"))
    return hmac.compare_digest(expected.encode(), received.encode())


@app.post("/midtrans/notification")
def notification():
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not signature_is_valid(body):
        return "Invalid signature", 403
    try:
        # Trust only the status Midtrans gives you now:
        # GET /v2/{transaction_id}/status.
        status = snap.transactions.notification(body)
    except Exception as error:  # network or API error
        app.logger.error("Status check failed: %s", error)
        return "Try again later", 503  # Midtrans sends it again
    # Update your order here.
    print(f"Order {status['order_id']}: {status['transaction_status']}")
    return "OK"


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "3000")))

"""Midtrans HTTP notification handler (Flask).

Run: pip install flask midtransclient && flask --app python run --port 3000
Set the Payment Notification URL to https://<your-host>/midtrans/notification
"""
import hashlib
import hmac
import logging
import os
import threading

import midtransclient
from flask import Flask, request

# The server key stays on your server. Read it from your secret store in production.
SERVER_KEY = os.environ.get("MIDTRANS_SERVER_KEY", "SB-Mid-server-YOUR_SERVER_KEY")

app = Flask(__name__)
core = midtransclient.CoreApi(is_production=False, server_key=SERVER_KEY)
log = logging.getLogger("midtrans-notification")

# Stand-in for your orders table: order_id -> expected amount, state, fulfilled flag.
# In production, do the read-compare-write below in one database transaction
# (SELECT ... FOR UPDATE, or a conditional UPDATE) instead of a process lock.
ORDERS = {
    "ORDER-2026-0001": {"amount": "250000.00", "state": "awaiting_payment", "fulfilled": False},
}
ORDERS_LOCK = threading.Lock()

# Later stages never move back to earlier ones: a stale or out-of-order
# notification cannot turn a paid order back into "awaiting_payment".
STAGE = {
    "awaiting_payment": 0, "authorized": 0, "review": 0,
    "paid": 1, "failed": 1,
    "partial_refund": 2, "refund": 2, "partial_chargeback": 2, "chargeback": 2,
}


def signature_is_valid(body):
    """signature_key = SHA512(order_id + status_code + gross_amount + server key), hex."""
    raw = body["order_id"] + body["status_code"] + body["gross_amount"] + SERVER_KEY
    expected = hashlib.sha512(raw.encode("utf-8")).hexdigest()
    return hmac.compare_digest(expected, body["signature_key"])


def order_state(status):
    """Map the confirmed Midtrans status to the state of your order."""
    transaction_status = status.get("transaction_status")
    fraud_status = status.get("fraud_status")  # absent for some payment methods
    if transaction_status == "capture":
        if fraud_status == "challenge":
            return "review"  # accept or deny it in the Dashboard or with the API
        return "paid" if fraud_status in (None, "accept") else "failed"
    if transaction_status == "settlement":
        return "paid"
    if transaction_status == "pending":
        return "awaiting_payment"
    if transaction_status == "authorize":
        return "authorized"  # pre-authorized card: capture it to get paid
    if transaction_status in ("deny", "cancel", "expire", "failure"):
        return "failed"
    if transaction_status in ("refund", "partial_refund", "chargeback", "partial_chargeback"):
        return transaction_status
    return None  # a status this code does not know yet: store it and look


def fulfill(order_id):
    # Send goods, grant access, e-mail the receipt. For slow work, put a job on a
    # queue here and return: the notification must be answered quickly.
    log.info("Fulfilling order %s", order_id)


@app.post("/midtrans/notification")
def midtrans_notification():
    body = request.get_json(silent=True)  # unknown and new fields are simply ignored
    required = ("order_id", "status_code", "gross_amount", "signature_key", "transaction_id")
    if not isinstance(body, dict) or not all(isinstance(body.get(k), str) for k in required):
        return "Bad request", 400

    # 1. Authenticity: only Midtrans and you know the server key.
    if not signature_is_valid(body):
        return "Invalid signature", 403

    order = ORDERS.get(body["order_id"])
    if order is None:
        return "Unknown order", 404  # Midtrans retries 400 and 404 twice

    # 2. Confirm with GET status: it always returns the latest status,
    #    so a delayed or out-of-order notification cannot mislead you.
    try:
        status = core.transactions.status(body["transaction_id"])
    except Exception:  # network error or API error: ask Midtrans to retry
        log.exception("GET status failed for %s", body["order_id"])
        return "Try again later", 503  # Midtrans retries 503 four times

    if status.get("order_id") != body["order_id"] or status.get("gross_amount") != order["amount"]:
        log.error("Order or amount mismatch for %s", body["order_id"])
        return "OK", 200  # a retry cannot fix this; review it by hand

    new_state = order_state(status)
    if new_state is None:
        log.warning("Unhandled status %s", status.get("transaction_status"))
        return "OK", 200

    # 3. Idempotent update: apply each change once, fulfill once.
    ship = False
    with ORDERS_LOCK:
        if STAGE[new_state] >= STAGE[order["state"]]:
            order["state"] = new_state
            if new_state == "paid" and not order["fulfilled"]:
                order["fulfilled"] = ship = True
            elif new_state == "failed" and order["fulfilled"]:
                log.error("Order %s was fulfilled but is now %s", body["order_id"],
                          status.get("transaction_status"))  # reversal or cancel

    if ship:
        fulfill(body["order_id"])

    # 4. Answer 200 fast (Midtrans waits at most 15 seconds).
    return "OK", 200


if __name__ == "__main__":
    app.run(port=3000)

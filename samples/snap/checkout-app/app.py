"""Snap checkout (Flask): stores each order, creates its Snap token, serves
the payment page and applies each HTTP notification to the order once.
Sandbox only.

Run: pip install flask midtransclient && python app.py
Orders live in the SQLite file ORDERS_DB (default: orders.db beside this
file), created on first start from schema.sql.
"""
import hashlib
import hmac
import json
import os
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import midtransclient
from flask import Flask, request

HERE = Path(__file__).parent
# Keys come from the environment, never from code.
SERVER_KEY = os.environ["MIDTRANS_SERVER_KEY"].strip()
CLIENT_KEY = os.environ["MIDTRANS_CLIENT_KEY"].strip()
DB_PATH = os.environ.get("ORDERS_DB") or str(HERE / "orders.db")
# Which status may follow which, and the order state each one means.
TRANSITIONS = (HERE / "status-transitions.json").read_text("utf-8")
STATUSES = json.loads(TRANSITIONS)["statuses"]

snap = midtransclient.Snap(
    is_production=False, server_key=SERVER_KEY, client_key=CLIENT_KEY
)
PAGE = (HERE / "checkout.html").read_text(encoding="utf-8")
PAGE = PAGE.replace("__CLIENT_KEY__", CLIENT_KEY)


def connect():
    # Autocommit, so each write below states its own transaction.
    db = sqlite3.connect(DB_PATH, timeout=10, isolation_level=None)
    db.row_factory = sqlite3.Row
    return db


with closing(connect()) as setup:
    setup.executescript((HERE / "schema.sql").read_text("utf-8"))

app = Flask(__name__)


@app.get("/")
def checkout_page():
    return PAGE


# The server sets items and amount: never take a price from the browser.
@app.post("/api/checkout")
def checkout():
    order_id = f"ORDER-{uuid.uuid4()}"
    # Store the order before Midtrans knows it: no notification can
    # arrive for an order this app does not have.
    with closing(connect()) as db:
        db.execute(
            "INSERT INTO orders (order_id, gross_amount) VALUES (?, ?)",
            (order_id, "250000.00"),
        )
    try:
        transaction = snap.create_transaction({
            "transaction_details": {
                "order_id": order_id,
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


def status_key(status):
    """The key in STATUSES: capture with fraud_status challenge has its own."""
    pair = f"{status.get('transaction_status')}/{status.get('fraud_status')}"
    return pair if pair in STATUSES else status.get("transaction_status")


def can_follow(current, new):
    """True if `new` can be reached from `current`: a notification in
    between may be late or lost."""
    seen, queue = set(), list(STATUSES[current]["next"])
    while queue:
        key = queue.pop()
        if key == new:
            return True
        if key not in seen:
            seen.add(key)
            queue.extend(STATUSES[key]["next"])
    return False


def outcome(order, status, key):
    if (status.get("order_id") != order["order_id"]
            or status.get("gross_amount") != order["gross_amount"]
            or status.get("currency", order["currency"]) != order["currency"]):
        return "rejected"  # not what the customer was asked to pay
    if key == order["status"]:
        return "duplicate"
    if key in STATUSES and can_follow(order["status"], key):
        return "applied"
    return "ignored"  # backwards, such as pending after settlement


def record(db, body, key, result):
    db.execute(
        "INSERT INTO notifications (order_id, transaction_id, status, outcome,"
        " body) VALUES (?, ?, ?, ?, ?)",
        (str(body.get("order_id")), str(body.get("transaction_id")), key,
         result, json.dumps(body)),
    )


@app.post("/midtrans/notification")
def notification():
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not signature_is_valid(body):
        return "Invalid signature", 403  # nothing is stored
    order_id = str(body["order_id"])
    with closing(connect()) as db:
        found = db.execute(
            "SELECT 1 FROM orders WHERE order_id = ?", (order_id,)
        ).fetchone()
        if found is None:
            record(db, body, None, "unknown_order")
            return "Unknown order", 404  # Midtrans tries twice more
    try:
        # Trust only the status Midtrans gives you now:
        # GET /v2/{transaction_id}/status.
        status = snap.transactions.notification(body)
    except Exception as error:  # network or API error
        app.logger.error("Status check failed: %s", error)
        return "Try again later", 503  # Midtrans sends it again
    key = status_key(status)
    try:
        with closing(connect()) as db:
            # One transaction, one writer at a time: the order and the
            # notification record are stored together or not at all.
            db.execute("BEGIN IMMEDIATE")
            order = db.execute(
                "SELECT * FROM orders WHERE order_id = ?", (order_id,)
            ).fetchone()
            result = outcome(order, status, key)
            if result == "applied":
                db.execute(
                    "UPDATE orders SET status = ?, state = ?, updated_at ="
                    " strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
                    " WHERE order_id = ?",
                    (key, STATUSES[key]["order"], order_id),
                )
            record(db, body, key, result)
            db.execute("COMMIT")
    except sqlite3.Error as error:
        app.logger.error("Could not store the notification: %s", error)
        return "Try again later", 503  # nothing was stored
    print(f"Order {order_id}: {key} ({result})")
    # 200 only now that it is stored: Midtrans stops sending it.
    return "OK"


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "3000")))

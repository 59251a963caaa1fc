"""The Snap checkout app (samples/snap/checkout-app/) runs end to end in Express, Flask and PHP.

Each app runs as the reader runs it (its own server process on a free port, the real SDK for Node.js and
Python, curl for PHP) against a fake Midtrans on 127.0.0.1 that answers the Snap API and the status API and
records what it was sent: Node.js through a nock preload (tests/js/checkout-preload.cjs), Python through
tests/checkout_preload.py, PHP through its MIDTRANS_SNAP_URL and MIDTRANS_API_URL settings. Nothing leaves
the machine. The page is then driven in Chromium with snap.js replaced by a stub that records snap.pay().

The replay tests send each app what Midtrans sends in production (the same notification twice, `pending`
after `settlement`, a forged signature, a wrong amount or currency, an unknown order, a crash before the
notification is stored and its retry) and read the app's SQLite file (ORDERS_DB) after every answer: the
order row and the `notifications` log. The outcome the apps must reach is computed here from
data/status-transitions.yml, the file the status-cycle page renders.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from midtrans_docs.checks.openapi import request_problems
from midtrans_docs.problems import report
from midtrans_docs.sources import transitions
from midtrans_docs.sources.openapi import load_spec

APP_DIR = ROOT / "samples" / "snap" / "checkout-app"
SERVER_KEY = "SB-Mid-server-YOUR_SERVER_KEY"
CLIENT_KEY = "SB-Mid-client-YOUR_CLIENT_KEY"
BASIC_AUTH = "Basic " + base64.b64encode(f"{SERVER_KEY}:".encode()).decode()
SNAP_JS = "https://app.sandbox.midtrans.com/snap/snap.js"
# Stands in for snap.js: records each snap.pay(token, callbacks) call.
SNAP_STUB = (
    "window.snapCalls = [];"
    "window.snap = { pay: function (token, callbacks) {"
    " window.snapCalls.push({ token: token, callbacks: Object.keys(callbacks || {}).sort() }); } };"
)


def token_for(order_id: str) -> str:
    return "token-" + hashlib.sha256(order_id.encode()).hexdigest()[:16]


@dataclass
class Sent:
    method: str
    path: str
    host: str | None
    authorization: str | None
    body: Any


@dataclass
class FakeMidtrans:
    """Answers POST /snap/v1/transactions with a new token and GET /v2/{id}/status with what a test set.

    `transactions[transaction_id]` is the status body Midtrans would answer now; `hold[transaction_id]`, while
    set, keeps that answer waiting until the test releases it (the app is then between receiving a
    notification and storing it).
    """

    url: str = ""
    sent: list[Sent] = field(default_factory=list)
    transactions: dict[str, dict[str, Any]] = field(default_factory=dict)
    hold: dict[str, threading.Event] = field(default_factory=dict)

    def answer(self, request: Sent) -> tuple[int, dict[str, Any]]:
        self.sent.append(request)
        if request.authorization != BASIC_AUTH:
            return 401, {"status_code": "401", "status_message": "Access denied"}
        if request.method == "POST" and request.path == "/snap/v1/transactions":
            token = token_for(request.body["transaction_details"]["order_id"])
            return 201, {
                "token": token,
                "redirect_url": f"https://app.sandbox.midtrans.com/snap/v4/redirection/{token}",
            }
        status = re.fullmatch(r"/v2/([^/]+)/status", request.path)
        if request.method == "GET" and status:
            if status[1] in self.hold:
                self.hold[status[1]].wait(timeout=30)
            if status[1] not in self.transactions:
                return 404, {"status_code": "404", "status_message": "Transaction doesn't exist."}
            return 200, self.transactions[status[1]]
        return 404, {"status_code": "404", "status_message": "not found"}

    def orders(self) -> list[str]:
        return [s.body["transaction_details"]["order_id"] for s in self.sent if s.path == "/snap/v1/transactions"]


@pytest.fixture(scope="module")
def fake_midtrans() -> Iterator[FakeMidtrans]:
    fake = FakeMidtrans()

    class Handler(BaseHTTPRequestHandler):
        def handle_one(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw.strip() else None
            code, reply = fake.answer(
                Sent(self.command, self.path, self.headers["X-Midtrans-Host"], self.headers["Authorization"], body)
            )
            data = json.dumps(reply).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = handle_one

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fake.url = f"http://127.0.0.1:{server.server_port}"
    yield fake
    server.shutdown()
    server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def command(app: str, port: int) -> list[str]:
    if app == "express":
        return ["node", "-r", str(ROOT / "tests" / "js" / "checkout-preload.cjs"), str(APP_DIR / "server.js")]
    if app == "flask":
        return [sys.executable, str(ROOT / "tests" / "checkout_preload.py"), str(APP_DIR / "app.py")]
    return ["php", "-S", f"127.0.0.1:{port}", str(APP_DIR / "index.php")]


@dataclass
class App:
    """One app as its own server process; `kill()` is a crash (SIGKILL), `start()` starts it again."""

    name: str
    port: int
    fake: FakeMidtrans
    log: Path
    db: Path
    env: dict[str, str]
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log.open("a") as out:
            self.proc = subprocess.Popen(
                command(self.name, self.port), cwd=APP_DIR, env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(self.url + "/", timeout=2).close()
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the {self.name} checkout app did not start:\n{self.log.read_text()}", pytrace=False)
                time.sleep(0.05)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.fixture(scope="module", params=["express", "flask", "php"])
def app(request: pytest.FixtureRequest, fake_midtrans: FakeMidtrans, tmp_path_factory) -> Iterator[App]:
    """One app, started as its own server process, with the fake Midtrans behind it and its own SQLite file."""
    name = request.param
    port = free_port()
    folder = tmp_path_factory.mktemp(name)
    env = {
        **os.environ,
        "MIDTRANS_SERVER_KEY": SERVER_KEY,
        "MIDTRANS_CLIENT_KEY": CLIENT_KEY,
        "PORT": str(port),
        "FAKE_MIDTRANS": fake_midtrans.url,
        "MIDTRANS_SNAP_URL": f"{fake_midtrans.url}/snap/v1",
        "MIDTRANS_API_URL": fake_midtrans.url,
        "ORDERS_DB": str(folder / "orders.db"),
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ in samples/ (every file there must be on a page)
    }
    app = App(name, port, fake_midtrans, folder / "server.log", folder / "orders.db", env)
    try:
        app.start()
        fake_midtrans.sent.clear()
        yield app
    finally:
        app.stop()


def post(url: str, body: object = None) -> tuple[int, bytes]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def checkout(app: App) -> str:
    code, body = post(app.url + "/api/checkout")
    assert code == 200, f"{app.name}: POST /api/checkout answered {code}: {body[:200]!r}\n{app.log.read_text()}"
    return json.loads(body)["token"]


def new_order(app: App) -> str:
    """POST /api/checkout; the order ID the app sent to the Snap API."""
    checkout(app)
    return app.fake.orders()[-1]


def status_body(
    order_id: str,
    transaction_id: str,
    transaction_status: str,
    fraud_status: str | None = "accept",
    gross_amount: str = "250000.00",
    currency: str = "IDR",
) -> dict[str, str]:
    """What GET /v2/{transaction_id}/status answers (and a notification carries) for one transaction state."""
    status_code = {"pending": "201", "expire": "407", "deny": "202", "cancel": "202"}.get(transaction_status, "200")
    body = {
        "status_code": status_code,
        "transaction_id": transaction_id,
        "order_id": order_id,
        "gross_amount": gross_amount,
        "currency": currency,
        "payment_type": "credit_card",
        "transaction_status": transaction_status,
    }
    if fraud_status is not None:
        body["fraud_status"] = fraud_status
    return body


def signed(body: dict[str, str], server_key: str = SERVER_KEY) -> dict[str, str]:
    raw = body["order_id"] + body["status_code"] + body["gross_amount"] + server_key
    return {**body, "signature_key": hashlib.sha512(raw.encode()).hexdigest()}


def notify(app: App, body: dict[str, str], now: dict[str, str] | None = None) -> int:
    """Midtrans's state becomes `now` (default: what the notification says), then the signed notification is sent."""
    app.fake.transactions[body["transaction_id"]] = now or body
    code, _ = post(app.url + "/midtrans/notification", signed(body))
    return code


def order_row(app: App, order_id: str) -> dict[str, Any]:
    """The order's row in the app's SQLite file ({} when there is none)."""
    with closing(sqlite3.connect(f"file:{app.db}?mode=ro", uri=True)) as db:
        db.row_factory = sqlite3.Row
        row = db.execute("SELECT * FROM orders WHERE order_id = ?", (order_id,)).fetchone()
    return dict(row) if row else {}


def outcomes(app: App, order_id: str) -> list[tuple[str | None, str]]:
    """The app's notification log for one order: (re-checked status key, outcome), oldest first."""
    with closing(sqlite3.connect(f"file:{app.db}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT status, outcome FROM notifications WHERE order_id = ? ORDER BY id", (order_id,))
        return [(status, outcome) for status, outcome in rows]


def expected_outcome(current: str, new: str) -> str:
    """The rule the three apps implement, from data/status-transitions.yml."""
    statuses = transitions.statuses(transitions.load(ROOT))
    if new == current:
        return "duplicate"
    seen: set[str] = set()
    queue = list(statuses[current]["next"])
    while queue:
        key = queue.pop()
        if key == new:
            return "applied"
        if key not in seen:
            seen.add(key)
            queue += statuses[key]["next"]
    return "ignored"


def where(app: App) -> str:
    return f"{app.name} app; server log:\n{app.log.read_text()[-3000:]}"


def test_checkout_creates_the_token_on_the_server(app: App, root: Path) -> None:
    """POST /api/checkout sends one Snap API request, authorized with the server key, that fits the spec."""
    before = len(app.fake.sent)
    token = checkout(app)
    sent = app.fake.sent[before:]
    assert [(s.method, s.path) for s in sent] == [("POST", "/snap/v1/transactions")]
    (request,) = sent
    assert token == token_for(request.body["transaction_details"]["order_id"]), "return the token Midtrans made"
    assert request.authorization == BASIC_AUTH
    if app.name != "php":  # the SDKs pick the host; PHP's comes from MIDTRANS_SNAP_URL
        assert request.host == "app.sandbox.midtrans.com"
    url = "https://app.sandbox.midtrans.com" + request.path
    problems = request_problems(load_spec(root), "POST", url, request.body, APP_DIR / "checkout.html", "")[1]
    assert not problems, report(problems)


def test_the_order_is_stored_with_its_token(app: App) -> None:
    """The order row exists before any notification: amount as Midtrans writes it, IDR, status `created`."""
    order_id = new_order(app)
    row = order_row(app, order_id)
    assert row, f"POST /api/checkout must store the order in ORDERS_DB; {where(app)}"
    assert (row["gross_amount"], row["currency"], row["status"], row["state"]) == (
        "250000.00",
        "IDR",
        "created",
        "created",
    )


def test_signed_notification_is_confirmed_with_the_status_api(app: App) -> None:
    order_id = new_order(app)
    tx = f"tx-signed-{app.name}"
    assert notify(app, status_body(order_id, tx, "capture")) == 200, where(app)
    status_calls = [s for s in app.fake.sent if s.method == "GET" and s.path == f"/v2/{tx}/status"]
    assert len(status_calls) == 1, "a verified notification must be confirmed with GET /v2/{id}/status"
    assert status_calls[0].authorization == BASIC_AUTH
    if app.name != "php":
        assert status_calls[0].host == "api.sandbox.midtrans.com"
    assert order_row(app, order_id)["state"] == "paid", where(app)


def test_the_same_notification_twice_is_applied_once(app: App) -> None:
    order_id = new_order(app)
    body = status_body(order_id, f"tx-twice-{app.name}", "settlement")
    assert [notify(app, body), notify(app, body)] == [200, 200], where(app)
    assert order_row(app, order_id)["status"] == "settlement"
    assert outcomes(app, order_id) == [("settlement", "applied"), ("settlement", "duplicate")], where(app)


def test_pending_after_settlement_never_moves_the_order_back(app: App) -> None:
    """A late `pending`: GET status answers `settlement` (a duplicate), or, stale, `pending` (ignored)."""
    order_id = new_order(app)
    tx = f"tx-late-{app.name}"
    settled = status_body(order_id, tx, "settlement")
    late = status_body(order_id, tx, "pending", fraud_status=None)
    assert notify(app, settled) == 200, where(app)
    assert notify(app, late, now=settled) == 200, where(app)
    assert notify(app, late) == 200, where(app)
    row = order_row(app, order_id)
    assert (row["status"], row["state"]) == ("settlement", "paid"), where(app)
    assert outcomes(app, order_id) == [
        ("settlement", "applied"),
        ("settlement", "duplicate"),
        ("pending", "ignored"),
    ], where(app)


@pytest.mark.parametrize("tamper", ["signature", "amount", "key"])
def test_forged_notification_is_rejected(app: App, tamper: str) -> None:
    """A wrong signature, a changed amount or another server key: 403, no status call, nothing stored."""
    order_id = new_order(app)
    body = status_body(order_id, f"tx-forged-{tamper}-{app.name}", "settlement")
    forged = signed(body, SERVER_KEY + "-other" * (tamper == "key"))
    if tamper == "signature":
        forged["signature_key"] = forged["signature_key"][:-1] + ("0" if forged["signature_key"][-1] != "0" else "1")
    elif tamper == "amount":
        forged["gross_amount"] = "1.00"
    code, _ = post(app.url + "/midtrans/notification", forged)
    assert code == 403
    assert not [s for s in app.fake.sent if body["transaction_id"] in s.path]
    assert order_row(app, order_id)["status"] == "created"
    assert outcomes(app, order_id) == [], "a forged notification must leave no trace in the database"


@pytest.mark.parametrize("wrong", ["amount", "currency"])
def test_a_payment_that_differs_from_the_order_is_refused(app: App, wrong: str) -> None:
    """Signed and confirmed, but not the order's amount or currency: 200 (a retry cannot fix it), not applied."""
    order_id = new_order(app)
    tx = f"tx-{wrong}-{app.name}"
    if wrong == "amount":
        body = status_body(order_id, tx, "settlement", gross_amount="1000.00")
    else:
        body = status_body(order_id, tx, "settlement", currency="USD")
    assert notify(app, body) == 200, where(app)
    assert order_row(app, order_id)["status"] == "created", where(app)
    assert outcomes(app, order_id) == [("settlement", "rejected")], where(app)


def test_a_notification_for_an_unknown_order_is_404_and_recorded(app: App) -> None:
    order_id = f"ORDER-UNKNOWN-{app.name}"
    tx = f"tx-unknown-{app.name}"
    assert notify(app, status_body(order_id, tx, "settlement")) == 404, where(app)
    assert order_row(app, order_id) == {}
    assert outcomes(app, order_id) == [(None, "unknown_order")], where(app)
    assert not [s for s in app.fake.sent if tx in s.path], "no status call for an order the app does not have"


def test_a_failed_status_check_stores_nothing_and_asks_for_a_retry(app: App) -> None:
    """GET status answers 404 (no such transaction yet): 503, so Midtrans sends the notification again."""
    order_id = new_order(app)
    body = signed(status_body(order_id, f"tx-no-status-{app.name}", "settlement"))
    code, _ = post(app.url + "/midtrans/notification", body)
    assert code == 503, where(app)
    assert order_row(app, order_id)["status"] == "created"
    assert outcomes(app, order_id) == []


def test_the_status_cycle_follows_the_data_file(app: App) -> None:
    """A challenged card payment approved, settled, refunded in two parts, then a stale `pending` and `deny`."""
    order_id = new_order(app)
    tx = f"tx-cycle-{app.name}"
    steps = [
        ("pending", None),
        ("capture", "challenge"),
        ("capture", "accept"),
        ("settlement", "accept"),
        ("partial_refund", "accept"),
        ("partial_refund", "accept"),
        ("refund", "accept"),
        ("pending", None),
        ("deny", "accept"),
    ]
    statuses = transitions.statuses(transitions.load(ROOT))
    current, expected = "created", []
    for transaction_status, fraud_status in steps:
        key = f"{transaction_status}/{fraud_status}"
        key = key if key in statuses else transaction_status
        outcome = expected_outcome(current, key)
        expected.append((key, outcome))
        current = key if outcome == "applied" else current
        assert notify(app, status_body(order_id, tx, transaction_status, fraud_status)) == 200, where(app)
        row = order_row(app, order_id)
        assert (row["status"], row["state"]) == (current, statuses[current]["order"]), f"after {key}: {where(app)}"
    assert outcomes(app, order_id) == expected, where(app)


def test_a_crash_before_storing_loses_nothing_and_the_retry_succeeds(app: App) -> None:
    """SIGKILL while the app waits for GET status: no answer, nothing stored; after a restart the retry applies."""
    order_id = new_order(app)
    tx = f"tx-crash-{app.name}"
    body = status_body(order_id, tx, "settlement")
    app.fake.transactions[tx] = body
    app.fake.hold[tx] = threading.Event()
    answers: list[object] = []
    sender = threading.Thread(target=lambda: answers.append(post_or_error(app.url, signed(body))))
    sender.start()
    try:
        deadline = time.monotonic() + 10
        while not [s for s in app.fake.sent if s.path == f"/v2/{tx}/status"]:
            assert time.monotonic() < deadline, f"the app never asked for the status; {where(app)}"
            time.sleep(0.02)
        app.kill()
    finally:
        app.fake.hold.pop(tx).set()
        sender.join(timeout=10)
    assert answers and isinstance(answers[0], OSError), f"a killed app cannot answer, got {answers}"
    assert order_row(app, order_id)["status"] == "created"
    assert outcomes(app, order_id) == []
    app.start()  # same ORDERS_DB: the orders made before the crash are still there
    assert notify(app, body) == 200, where(app)
    assert order_row(app, order_id)["status"] == "settlement", where(app)
    assert outcomes(app, order_id) == [("settlement", "applied")], where(app)


def test_a_crash_at_commit_leaves_the_order_for_the_retry(app: App) -> None:
    """The app has written the order update and the record but not committed them when it fails.

    Flask and PHP: this test holds a read lock on the SQLite file, so the app's COMMIT waits; the app is killed
    there, with its changes only in the rollback journal. Express: the temporary file it saves to cannot be
    written, so its in-memory copy must go back to what the file holds. Either way the retry applies.
    """
    order_id = new_order(app)
    tx = f"tx-commit-{app.name}"
    body = status_body(order_id, tx, "settlement")
    app.fake.transactions[tx] = body
    if app.name == "express":
        blocker = Path(f"{app.db}.tmp")
        blocker.mkdir()
        try:
            code, _ = post(app.url + "/midtrans/notification", signed(body))
        finally:
            blocker.rmdir()
        assert code == 503, f"a save that failed must not be answered 200; {where(app)}"
    else:
        journal = Path(f"{app.db}-journal")
        answers: list[object] = []
        with closing(sqlite3.connect(app.db, isolation_level=None)) as reader:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM orders").fetchall()  # a read lock until ROLLBACK
            sender = threading.Thread(target=lambda: answers.append(post_or_error(app.url, signed(body))))
            sender.start()
            deadline = time.monotonic() + 10
            while not journal.exists():
                assert time.monotonic() < deadline, f"the app never wrote its transaction; {where(app)}"
                time.sleep(0.02)
            time.sleep(0.2)  # the app now waits in COMMIT for the read lock
            app.kill()
            reader.execute("ROLLBACK")
        assert journal.exists(), "the killed app leaves its unfinished transaction in the journal"
        sender.join(timeout=10)
        assert answers and isinstance(answers[0], OSError), f"a killed app cannot answer, got {answers}"
        app.start()  # opening the file rolls the unfinished transaction back
    assert order_row(app, order_id)["status"] == "created", where(app)
    assert outcomes(app, order_id) == [], where(app)
    assert notify(app, body) == 200, where(app)
    assert order_row(app, order_id)["status"] == "settlement", where(app)
    assert outcomes(app, order_id) == [("settlement", "applied")], where(app)


def post_or_error(url: str, body: dict[str, str]) -> object:
    try:
        return post(url + "/midtrans/notification", body)
    except OSError as error:
        return error


@pytest.mark.browser
def test_pay_button_opens_snap_with_the_token(app: App, page) -> None:
    """The page loads sandbox snap.js with the client key; the pay button opens Snap with a new token."""
    external: list[str] = []

    def route(r) -> None:
        if r.request.url == SNAP_JS:
            r.fulfill(status=200, content_type="text/javascript", body=SNAP_STUB)
        elif r.request.url.startswith(app.url):
            r.continue_()
        else:
            external.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(app.url + "/")
    script = page.locator(f'script[src="{SNAP_JS}"]')
    assert script.get_attribute("data-client-key") == CLIENT_KEY
    page.get_by_role("button", name=re.compile("Pay")).click()
    page.wait_for_function("window.snapCalls.length > 0", timeout=10_000)
    calls = page.evaluate("window.snapCalls")
    order_id = [s for s in app.fake.sent if s.path == "/snap/v1/transactions"][-1].body["transaction_details"]
    callbacks = ["onClose", "onError", "onPending", "onSuccess"]
    assert calls == [{"token": token_for(order_id["order_id"]), "callbacks": callbacks}]
    assert not external

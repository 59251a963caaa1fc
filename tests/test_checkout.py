"""The Snap checkout app (samples/snap/checkout-app/) runs end to end in Express, Flask and PHP.

Each app runs as the reader runs it (its own server process on a free port, the real SDK for Node.js and
Python, curl for PHP) against a fake Midtrans on 127.0.0.1 that answers the Snap API and the status API and
records what it was sent: Node.js through a nock preload (tests/js/checkout-preload.cjs), Python through
tests/checkout_preload.py, PHP through its MIDTRANS_SNAP_URL and MIDTRANS_API_URL settings. Nothing leaves
the machine. The page is then driven in Chromium with snap.js replaced by a stub that records snap.pay().
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from midtrans_docs.checks.openapi import request_problems
from midtrans_docs.problems import report
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
    """Answers POST /snap/v1/transactions with a new token and GET /v2/{id}/status with a captured payment."""

    url: str = ""
    sent: list[Sent] = field(default_factory=list)

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
            orders = [s.body["transaction_details"] for s in self.sent if s.path == "/snap/v1/transactions"]
            if not orders:
                return 404, {"status_code": "404", "status_message": "Transaction doesn't exist."}
            order = orders[-1]
            return 200, {
                "status_code": "200",
                "transaction_id": status[1],
                "order_id": order["order_id"],
                "gross_amount": f"{order['gross_amount']}.00",
                "payment_type": "credit_card",
                "transaction_status": "capture",
                "fraud_status": "accept",
            }
        return 404, {"status_code": "404", "status_message": "not found"}


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
    name: str
    url: str
    fake: FakeMidtrans
    log: Path


@pytest.fixture(scope="module", params=["express", "flask", "php"])
def app(request: pytest.FixtureRequest, fake_midtrans: FakeMidtrans, tmp_path_factory) -> Iterator[App]:
    """One app, started as its own server process, with the fake Midtrans behind it."""
    name = request.param
    port = free_port()
    log = tmp_path_factory.mktemp(name) / "server.log"
    env = {
        **os.environ,
        "MIDTRANS_SERVER_KEY": SERVER_KEY,
        "MIDTRANS_CLIENT_KEY": CLIENT_KEY,
        "PORT": str(port),
        "FAKE_MIDTRANS": fake_midtrans.url,
        "MIDTRANS_SNAP_URL": f"{fake_midtrans.url}/snap/v1",
        "MIDTRANS_API_URL": fake_midtrans.url,
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ in samples/ (every file there must be on a page)
    }
    with log.open("w") as out:
        proc = subprocess.Popen(command(name, port), cwd=APP_DIR, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the {name} checkout app did not start:\n{log.read_text()}", pytrace=False)
                time.sleep(0.05)
        fake_midtrans.sent.clear()
        yield App(name, url, fake_midtrans, log)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


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


def notification(order_id: str, transaction_id: str, server_key: str = SERVER_KEY) -> dict[str, str]:
    fields = {"order_id": order_id, "status_code": "200", "gross_amount": "250000.00"}
    signed = fields["order_id"] + fields["status_code"] + fields["gross_amount"] + server_key
    return {
        **fields,
        "transaction_id": transaction_id,
        "transaction_status": "capture",
        "fraud_status": "accept",
        "signature_key": hashlib.sha512(signed.encode()).hexdigest(),
    }


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


def test_signed_notification_is_confirmed_with_the_status_api(app: App) -> None:
    checkout(app)
    order_id = app.fake.sent[-1].body["transaction_details"]["order_id"]
    code, _ = post(app.url + "/midtrans/notification", notification(order_id, "tx-signed"))
    assert code == 200, app.log.read_text()
    status_calls = [s for s in app.fake.sent if s.method == "GET" and s.path == "/v2/tx-signed/status"]
    assert len(status_calls) == 1, "a verified notification must be confirmed with GET /v2/{id}/status"
    assert status_calls[0].authorization == BASIC_AUTH
    if app.name != "php":
        assert status_calls[0].host == "api.sandbox.midtrans.com"


@pytest.mark.parametrize("tamper", ["signature", "amount", "key"])
def test_forged_notification_is_rejected(app: App, tamper: str) -> None:
    """A wrong signature, a changed amount or another server key: 403, and no status call."""
    forged = notification("ORDER-FORGED", f"tx-forged-{tamper}", SERVER_KEY + "-other" * (tamper == "key"))
    if tamper == "signature":
        forged["signature_key"] = forged["signature_key"][:-1] + ("0" if forged["signature_key"][-1] != "0" else "1")
    elif tamper == "amount":
        forged["gross_amount"] = "1.00"
    code, _ = post(app.url + "/midtrans/notification", forged)
    assert code == 403
    assert not [s for s in app.fake.sent if f"tx-forged-{tamper}" in s.path]


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

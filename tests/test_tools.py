"""The reader tools (docs/assets/javascripts/tools.js) in Chromium, driven through their labels.

Every tool runs in a context where any request to another origin is aborted and recorded: keys and bodies
must never leave the page. Expected values are computed here, in Python (hashlib, the spec's schemas).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from conftest import BUILD_DIR, COUNTS, ROOT
from midtrans_docs.budgets import KB, TOOLS_JS_GZIP
from midtrans_docs.site.server import serve
from midtrans_docs.sources.openapi import load_spec
from midtrans_docs.tools import DATA_DIR, SCRIPT, VALIDATOR, has_placeholder

pytestmark = pytest.mark.browser

SHOTS = BUILD_DIR / "screenshots"
NOTIFICATION = "/after-payment/http-notification/"
ERRORS = "/reference/error-codes/"
API = "/reference/api/"
KEY = "SB-Mid-server-YOUR_SERVER_KEY"
IRIS_KEY = "YOUR_IRIS_MERCHANT_KEY"
TOOL_PAGES = {"signature-verifier": NOTIFICATION, "notification-simulator": NOTIFICATION, "error-decoder": ERRORS}
TOOL_PAGES["request-checker"] = API


@pytest.fixture(scope="module")
def url(site: Path) -> Iterator[str]:
    with serve(site, with_headers=True, compress=True) as base:
        yield base


class Guard:
    """Aborts and records every request to another origin; records console errors (CSP violations among them)."""

    def __init__(self, context, base: str) -> None:
        self.origin = urlparse(base).netloc
        self.leaks: list[str] = []
        self.errors: list[str] = []
        context.route("**/*", self._route)

    def _route(self, route) -> None:
        request_url = route.request.url
        if urlparse(request_url).netloc != self.origin and not request_url.startswith(("data:", "blob:")):
            self.leaks.append(request_url)
            route.abort()
        else:
            route.continue_()

    def watch(self, page) -> None:
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def check(self) -> None:
        assert not self.leaks, f"docs/assets/javascripts/tools.js:1: requests left the page: {self.leaks}"
        assert not self.errors, f"docs/assets/javascripts/tools.js:1: console errors: {self.errors}"


@pytest.fixture
def tool_page(browser, url):
    """A page (1280 px) whose requests to other origins fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    guard = Guard(context, url)
    page = context.new_page()
    guard.watch(page)
    yield page
    guard.check()
    context.close()


def tool(page, name: str):
    locator = page.locator(f'.mt-tool[data-tool="{name}"]')
    locator.scroll_into_view_if_needed()  # tools.js loads, and the tool fetches its data, near the screen
    expect(locator.locator("form")).to_be_visible()
    return locator


def signature(order_id: str, status_code: str, gross_amount: str, key: str = KEY) -> str:
    return hashlib.sha512((order_id + status_code + gross_amount + key).encode()).hexdigest()


def notification(**changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "order_id": "ORDER-2026-0101",
        "status_code": "200",
        "gross_amount": "250000.00",
        "transaction_status": "settlement",
        "payment_type": "gopay",
    }
    body["signature_key"] = signature("ORDER-2026-0101", "200", "250000.00")
    body.update(changes)
    return body


# ------------------------------------------------------------------------------------------ signature verifier


def test_signature_verifier_matches_and_explains_a_mismatch(tool_page, url):
    tool_page.goto(url + NOTIFICATION)
    verifier = tool(tool_page, "signature-verifier")
    status = verifier.get_by_role("status")
    verifier.get_by_label("Notification JSON", exact=True).fill(json.dumps(notification()))
    verifier.get_by_label("Server key", exact=True).fill(KEY)
    verifier.get_by_role("button", name="Check signature").click()
    expect(status).to_contain_text("The signature matches")
    shown = status.inner_text()
    assert "ORDER-2026-0101200250000.00SB-Mid-server-•" in shown, shown
    assert "YOUR_SERVER_KEY" not in shown, "the key must be masked in the hashed string"
    assert signature("ORDER-2026-0101", "200", "250000.00") in shown

    # Tampered: the amount reached the handler as a number without decimals.
    tampered = json.dumps(notification(gross_amount=250000))
    verifier.get_by_label("Notification JSON", exact=True).fill(tampered)
    verifier.get_by_role("button", name="Check signature").click()
    expect(status).to_contain_text("The signature does not match")
    text = status.inner_text()
    assert "gross_amount is a number" in text and '"250000.00"' in text, text
    assert "other environment" in text, text

    # A production key is flagged (its prefix comes from data/facts.yml through signature.json).
    verifier.get_by_label("Server key", exact=True).fill("Mid-server-YOUR_SERVER_KEY")
    verifier.get_by_role("button", name="Check signature").click()
    expect(status).to_contain_text("looks like a Production key (Mid-server-…)")


def test_signature_verifier_reads_a_bom_and_refuses_oversized_input(tool_page, url):
    """A body saved with a byte-order mark still checks; a paste over the tools' limit is refused by size."""
    tool_page.goto(url + NOTIFICATION)
    verifier = tool(tool_page, "signature-verifier")
    status = verifier.get_by_role("status")
    verifier.get_by_label("Server key", exact=True).fill(KEY)
    verifier.get_by_label("Notification JSON", exact=True).fill("\ufeff" + json.dumps(notification()))
    verifier.get_by_role("button", name="Check signature").click()
    expect(status).to_contain_text("The signature matches")
    huge = json.dumps(notification(padding="<script>x</script>" * 60000))
    verifier.get_by_label("Notification JSON", exact=True).fill(huge)
    verifier.get_by_role("button", name="Check signature").click()
    expect(status).to_contain_text(f"This is {len(huge)} characters; the tool reads at most 1000000")
    assert tool_page.locator(".mt-tool script").count() == 0


def test_signature_verifier_iris_mode(tool_page, url):
    tool_page.goto(url + NOTIFICATION)
    verifier = tool(tool_page, "signature-verifier")
    verifier.get_by_label("IRIS notification (Iris-Signature header)").check()
    raw = '{"reference_no":"7c3f9e21b4d806","amount":"150000.00","status":"completed"}'
    verifier.get_by_label("Notification JSON", exact=True).fill(raw)
    verifier.get_by_label("Merchant key", exact=True).fill(IRIS_KEY)
    verifier.get_by_label("Iris-Signature", exact=True).fill(hashlib.sha512((raw + IRIS_KEY).encode()).hexdigest())
    verifier.get_by_role("button", name="Check signature").click()
    expect(verifier.get_by_role("status")).to_contain_text("The signature matches")
    verifier.get_by_label("Notification JSON", exact=True).fill(raw.replace(",", ", "))
    verifier.get_by_role("button", name="Check signature").click()
    expect(verifier.get_by_role("status")).to_contain_text("Hash the raw body exactly as received")


# ---------------------------------------------------------------------------------------- notification simulator


def simulate(simulator, method: str, status: str, key: str, port: str = "4010", path: str = "/hooks/midtrans"):
    simulator.get_by_label("Payment method").select_option(label=method)
    simulator.locator("select").nth(1).select_option(label=status)
    simulator.locator("input[type=password]").fill(key)
    simulator.get_by_label("Port").fill(port)
    simulator.get_by_label("Path").fill(path)
    simulator.get_by_role("button", name="Build notification").click()
    expect(simulator.get_by_role("status")).to_contain_text(f"{method}, {status}")
    blocks = simulator.locator(".mt-tool__output pre")
    return blocks.nth(0).inner_text(), blocks.nth(1).inner_text()


def test_simulator_signs_valid_notifications(tool_page, url, site):
    spec = load_spec(ROOT)
    hooks = {h.name: h for h in spec.webhooks}
    samples = json.loads((site / DATA_DIR / "notifications.json").read_text("utf-8"))["samples"]
    tool_page.goto(url + NOTIFICATION)
    simulator = tool(tool_page, "notification-simulator")
    cases = [(s, st["label"]) for s in samples for st in s["statuses"]]
    for sample, status in cases:
        if sample["iris"] or status not in ("pending", "settlement", "expire"):
            continue
        body_text, curl = simulate(simulator, sample["title"], status, KEY)
        body = json.loads(body_text)
        assert body["transaction_status"] == status
        assert body["signature_key"] == signature(body["order_id"], body["status_code"], body["gross_amount"]), sample
        problems = spec.schema_errors(hooks[sample["id"]].file, hooks[sample["id"]].schema_where, body)
        assert not problems, f"{sample['id']} {status}: {problems}"
        assert 'curl -X POST "http://localhost:4010/hooks/midtrans"' in curl
        assert json.loads(re.search(r"--data-raw '(.*)'$", curl, re.S)[1].replace("'\\''", "'")) == body
    # IRIS: the raw body and its Iris-Signature header.
    body_text, curl = simulate(simulator, "IRIS Payout status change", "completed", IRIS_KEY)
    header = re.search(r'-H "Iris-Signature: ([0-9a-f]{128})"', curl)[1]
    assert header == hashlib.sha512((body_text + IRIS_KEY).encode()).hexdigest()
    assert f"--data-raw '{body_text}'" in curl
    hook = hooks["irisPayoutNotification"]
    assert not spec.schema_errors(hook.file, hook.schema_where, json.loads(body_text))
    COUNTS["tools: simulator methods × statuses"] = len(cases)


def test_every_simulated_body_fits_its_webhook(site):
    """Each body the simulator can sign (notifications.json) fits its webhook's schema, once signed."""
    spec = load_spec(ROOT)
    hooks = {h.name: h for h in spec.webhooks}
    samples = json.loads((site / DATA_DIR / "notifications.json").read_text("utf-8"))["samples"]
    assert len(samples) >= 19, [s["id"] for s in samples]
    for sample in samples:
        for status in sample["statuses"]:
            body = dict(status["body"])
            if not sample["iris"]:
                body["signature_key"] = signature(body["order_id"], body["status_code"], body["gross_amount"])
            hook = hooks[sample["id"]]
            assert not spec.schema_errors(hook.file, hook.schema_where, body), (sample["id"], status["label"])


# ----------------------------------------------------------------------------------------------- error decoder


def decode(decoder, text: str, http: str = "", product: str = "Any product"):
    decoder.get_by_label("API response JSON or status code").fill(text)
    decoder.get_by_label("Product").select_option(label=product)
    decoder.get_by_label("HTTP status (optional)").fill(http)
    decoder.get_by_role("button", name="Decode").click()
    return decoder.get_by_role("status")


def test_error_decoder_links_the_entry(tool_page, url):
    tool_page.goto(url + ERRORS)
    decoder = tool(tool_page, "error-decoder")
    core = json.dumps({"status_code": "407", "status_message": "Success, transaction is found", "order_id": "A-1"})
    status = decode(decoder, core, http="200")
    expect(status.locator("a[data-entry]")).to_have_attribute(
        "href", re.compile(r"/reference/error-codes/#core-api-407$")
    )
    expect(status).to_contain_text("Core API reports errors in the body")
    snap = json.dumps({"error_messages": ["Access denied due to unauthorized transaction"]})
    expect(decode(decoder, snap, http="401").locator("a[data-entry]")).to_have_attribute(
        "href", re.compile(r"#snap-401$")
    )
    iris = json.dumps({"error_message": "Unauthorized", "errors": ["Unauthorized"]})
    links = decode(decoder, iris, http="401").locator("a[data-entry]")
    expect(links.first).to_have_attribute("href", re.compile(r"#iris-401"))
    expect(decode(decoder, "Z3", product="card").locator("a[data-entry]")).to_have_attribute(
        "href", re.compile(r"#card-z3$")
    )
    # Every link the decoder makes points at an anchor that exists on the page.
    target = links.first.get_attribute("href").split("#")[1]
    assert tool_page.locator(f"[id='{target}']").count() == 1


# --------------------------------------------------------------------------------------------- request checker


def test_request_checker_lists_each_mistake(tool_page, url):
    tool_page.goto(url + API)
    checker = tool(tool_page, "request-checker")
    endpoint = checker.get_by_label("Endpoint")
    expect(endpoint.locator("option", has_text="POST /snap/v1/transactions")).to_have_count(1)
    endpoint.select_option(label=endpoint.locator("option", has_text="POST /snap/v1/transactions").inner_text())
    body = {
        "transaction_details": {"order_id": "ORDER-2026-0102", "gross_amount": 30000},
        "item_details": [{"id": "TEA", "price": 10000, "quantity": 2, "name": "Tea"}],
        "enabled_payments": ["cash"],
        "colour": "red",
    }
    checker.get_by_label("Request body").fill(json.dumps(body))
    checker.get_by_role("button", name="Check body").click()
    problems = checker.get_by_role("status").locator("li")
    expect(problems).to_have_count(3)
    found = {problems.nth(i).locator("code").inner_text(): problems.nth(i).inner_text() for i in range(3)}
    assert set(found) == {"$.colour", "$.enabled_payments[0]", "$.transaction_details.gross_amount"}, found
    assert "unknown field" in found["$.colour"]
    assert "use one of" in found["$.enabled_payments[0]"]
    assert "add up to 20000" in found["$.transaction_details.gross_amount"]

    # Wrong type and a missing required field, on Core API's charge (a oneOf on payment_type).
    endpoint.select_option(label=endpoint.locator("option", has_text="POST /v2/charge").inner_text())
    charge = {"payment_type": "gopay", "transaction_details": {"gross_amount": "10000"}}
    checker.get_by_label("Request body").fill(json.dumps(charge))
    checker.get_by_role("button", name="Check body").click()
    expect(problems).to_have_count(2)
    text = checker.get_by_role("status").inner_text()
    assert "$.transaction_details.gross_amount: wrong type: string, expected integer" in text, text
    assert "$.transaction_details.order_id: missing required field" in text, text


def test_request_checker_covers_every_json_request_body(site):
    operations = json.loads((site / DATA_DIR / "requests.json").read_text("utf-8"))["operations"]
    spec = load_spec(ROOT)
    with_body = [
        op for op in spec.operations if "application/json" in ((op.node.get("requestBody") or {}).get("content") or {})
    ]
    assert {o["id"] for o in operations} == {op.id for op in with_body}


# ------------------------------------------------------------------------------- accessibility, phones, language


def test_tools_accessible_and_fit_a_phone(browser, url):
    """axe finds nothing inside the tools (light and dark); at 360 px no tool is wider than its column."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    failures = []
    for scheme, width in (("light", 360), ("dark", 1280)):
        context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
        guard = Guard(context, url)
        page = context.new_page()
        guard.watch(page)
        for path in sorted(set(TOOL_PAGES.values())):
            page.goto(url + path)
            for name, tool_path in TOOL_PAGES.items():
                if tool_path != path:
                    continue
                box = tool(page, name)
                box.get_by_role("button").last.click()  # a result (or a prompt) in the status region
                page.wait_for_timeout(300)
                overflow = box.evaluate("el => el.scrollWidth - el.clientWidth")
                right = box.bounding_box()["x"] + box.bounding_box()["width"]
                if overflow > 1 or right > width + 1:
                    failures.append(f"{name} at {width} px: {overflow} px of overflow, right edge {right:.0f}")
                result = axe.run(page, context=f'.mt-tool[data-tool="{name}"]')
                failures += [
                    f"{name} ({scheme}): axe {v['impact']} {v['id']}: {v['help']} {v['nodes'][0]['target']}"
                    for v in result.response["violations"]
                ]
        guard.check()
        context.close()
    assert not failures, "\n".join(failures)


def test_tools_speak_indonesian(browser, url):
    """With <html lang="id"> (the Indonesian edition) the same placeholder renders the Indonesian strings."""
    context = browser.new_context()
    guard = Guard(context, url)

    def indonesian(route) -> None:
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace('<html lang="en"', '<html lang="id"', 1))

    context.route(re.compile(re.escape(url) + r"/after-payment/http-notification/$"), indonesian)
    page = context.new_page()
    guard.watch(page)
    page.goto(url + NOTIFICATION)
    verifier = tool(page, "signature-verifier")
    verifier.get_by_label("JSON notifikasi", exact=True).fill(json.dumps(notification()))
    verifier.get_by_label("Server key", exact=True).fill(KEY)
    verifier.get_by_role("button", name="Periksa signature").click()
    expect(verifier.get_by_role("status")).to_contain_text("Signature cocok")
    expect(tool(page, "notification-simulator").get_by_label("Metode pembayaran")).to_be_visible()
    guard.check()
    context.close()


def test_fallback_without_javascript(browser, url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url + NOTIFICATION)
    expect(page.locator('.mt-tool[data-tool="signature-verifier"]')).to_contain_text("worked example")
    context.close()


# ----------------------------------------------------------------------------------------------- bytes and pages


def test_tools_javascript_within_budget_and_only_on_tool_pages(site):
    files = [site / SCRIPT, site / VALIDATOR, site / "assets/stylesheets/tools.css"]
    sizes = {f.name: len(gzip.compress(f.read_bytes(), compresslevel=6, mtime=0)) for f in files}
    js = sizes["tools.js"] + sizes["tools-validator.js"]
    COUNTS["tools: JavaScript gzip (tools.js + validator)"] = f"{js / KB:.1f} KB"
    assert js <= TOOLS_JS_GZIP, (
        f"docs/assets/javascripts/tools.js:1: tools JavaScript is {js} B gzip {sizes}, over {TOOLS_JS_GZIP} "
        "(midtrans_docs/budgets.py) → make it smaller"
    )
    for page in site.rglob("index.html"):
        html = page.read_text("utf-8")
        assert ("javascripts/tools-loader.js" in html) == has_placeholder(html), page
        assert "javascripts/tools.js" not in html, f"{page}: tools.js loads on demand (tools-loader.js), not upfront"


def test_screenshots(browser, url):
    """Each tool with a result, light/dark × 1280/360 px, in build/screenshots."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        for label, width in (("desktop", 1280), ("mobile", 360)):
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page = context.new_page()
            page.goto(url + NOTIFICATION)
            verifier = tool(page, "signature-verifier")
            verifier.get_by_label("Notification JSON", exact=True).fill(json.dumps(notification(gross_amount="250000")))
            verifier.get_by_label("Server key", exact=True).fill(KEY)
            verifier.get_by_role("button", name="Check signature").click()
            expect(verifier.get_by_role("status")).to_contain_text("does not match")
            verifier.screenshot(path=str(SHOTS / f"tool-signature-{scheme}-{label}.png"))
            simulator = tool(page, "notification-simulator")
            simulate(simulator, "GoPay payment notification", "settlement", KEY)
            simulator.screenshot(path=str(SHOTS / f"tool-simulator-{scheme}-{label}.png"))
            page.goto(url + ERRORS)
            decode(tool(page, "error-decoder"), '{"status_code": "407"}', http="200").wait_for()
            tool(page, "error-decoder").screenshot(path=str(SHOTS / f"tool-errors-{scheme}-{label}.png"))
            page.goto(url + API)
            checker = tool(page, "request-checker")
            checker.get_by_label("Request body").fill('{"transaction_details": {"gross_amount": "1"}, "colour": 1}')
            checker.get_by_role("button", name="Check body").click()
            expect(checker.get_by_role("status").locator("li").first).to_be_visible()
            checker.screenshot(path=str(SHOTS / f"tool-request-{scheme}-{label}.png"))
            context.close()

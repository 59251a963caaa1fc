"""Hostile input for every reader tool (docs/assets/javascripts/tools.js), in Chromium, on the real pages.

The signature verifier, notification simulator, error decoder and request checker take whatever a reader pastes.
These tests feed them what nobody types on purpose: 5 MB of JSON, 10,000 levels of nesting, lone UTF-16
surrogates, `__proto__` keys, HTML and `javascript:` in every field, numbers as strings, a byte-order mark, and
random mutations of the real samples (the tools' own data files and samples/*/curl.sh bodies), generated and shrunk
by Hypothesis with a fixed seed (`derandomize`) and a bounded number of examples.

For every input, the properties:

* an answer arrives in the tool's status region (a hang is a failure), and it says what is wrong: its text matches
  the problem class this file computes for the input (size, depth, Unicode, JSON, or one of the tool's answers);
* no exception escapes (no `pageerror`, no console error, no "mt-tool:" warning from the form's catch-all);
* nothing from the input becomes markup or a URL: the tool holds only the elements and attributes tools.js
  creates, every link is an error-codes anchor of this origin, the page does not navigate or open a window, and
  the simulator's curl URL keeps to characters a shell leaves alone inside double quotes;
* `Object.prototype` is unchanged afterwards;
* inputs over the size or depth limit are refused before `JSON.parse` runs (the deterministic proxy for "answers
  quickly": a pathological input cannot reach the slow part).

Per-input answer times are measured and reported (COUNTS, and `make bench`), never asserted: durations are not
pass/fail in this project. The harness runs many inputs per `page.evaluate` to keep the file fast.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import COUNTS, ROOT
from midtrans_docs.checks.curl import parse_curl, sample_dirs
from midtrans_docs.site.server import serve
from midtrans_docs.tools import DATA_DIR, SCRIPT, minify_script

pytestmark = pytest.mark.browser

SOURCE = (ROOT / "docs" / SCRIPT).read_text("utf-8")


def _limit(name: str) -> int:
    """A limit as tools.js declares it (`var MAX_INPUT = 1000000;`): the script is the one place it lives."""
    match = re.search(rf"\bvar {name} = (\d+);", SOURCE)
    assert match, f"docs/{SCRIPT}:1: no `var {name} = <number>;` → declare the limit there"
    return int(match[1])


MAX_INPUT = _limit("MAX_INPUT")
MAX_DEPTH = _limit("MAX_DEPTH")
KEY = "SB-Mid-server-YOUR_SERVER_KEY"
IRIS_KEY = "YOUR_IRIS_MERCHANT_KEY"
PAGES = {
    "signature-verifier": "/after-payment/http-notification/",
    "notification-simulator": "/after-payment/http-notification/",
    "error-decoder": "/reference/error-codes/",
    "request-checker": "/reference/api/",
}
# Examples per Hypothesis test and inputs per example: 8 × 25 = 200 generated inputs per tool.
EXAMPLES = 8
BATCH = 25
HYPOTHESIS = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # a fixed seed: the same inputs on every run and every machine
    database=None,
    deadline=None,
    # No shrinking: each step would be a browser round trip, and the failure already names every broken input
    # of its batch, one line each.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

# What each problem class says (English strings of tools.js); the message must name its class.
TOO_LARGE = "characters; the tool reads at most"
TOO_DEEP = "levels deep"
UNICODE = "not valid Unicode"
BAD_JSON = "This is not valid JSON"
ANSWERS = {
    "signature-verifier": "The signature matches|The signature does not match|The notification has no|"
    "Enter the key|not text or a number",
    "notification-simulator": "Notification built and signed|Enter the key|Enter a port number",
    "error-decoder": r"entr(y|ies) found for|No entry for code|No status code found|Paste a response body",
    "request-checker": r"No problems found|problem\(s\) found",
}

# ------------------------------------------------------------------------------------------------------ harness

# Runs a batch of inputs in the page: fills the fields, submits, waits for the status region, then inspects it.
HARNESS = r"""
async (payload) => {
  const { tool, cases, hang } = JSON.parse(payload);
  const root = document.querySelector(`.mt-tool[data-tool="${tool}"]`);
  const form = root.querySelector("form");
  const box = form.querySelector("[role=status]");
  const where = () => location.origin + location.pathname + location.search;  // Material tracks the #hash
  const start = where();
  const proto = () => Object.getOwnPropertyNames(Object.prototype).sort().join() + "|" + ({}).polluted;
  const protoBefore = proto();
  const TAGS = new Set(["FORM", "DIV", "LABEL", "TEXTAREA", "INPUT", "SELECT", "OPTION", "FIELDSET", "LEGEND",
    "BUTTON", "P", "UL", "LI", "CODE", "PRE", "STRONG", "DL", "DT", "DD", "SPAN", "A"]);
  const ATTRS = new Set(["class", "id", "for", "type", "name", "value", "rows", "spellcheck", "autocomplete",
    "autocapitalize", "placeholder", "inputmode", "role", "aria-live", "aria-label", "aria-describedby",
    "novalidate", "tabindex", "href", "data-entry", "hidden", "data-tool", "data-ready"]);
  const made = (v) => typeof v === "string" ? v : (v.before || "") + v.unit.repeat(v.times) + (v.after || "");
  function unsafe() {
    const out = [];
    for (const node of [root, ...root.querySelectorAll("*")]) {
      if (!TAGS.has(node.tagName)) out.push("element <" + node.tagName.toLowerCase() + ">");
      for (const a of node.attributes) {
        if (!ATTRS.has(a.name)) out.push(`attribute ${a.name} on <${node.tagName.toLowerCase()}>`);
        if (/^\s*(javascript|data|vbscript):/i.test(a.value)) out.push(`${a.name}="${a.value.slice(0, 60)}"`);
      }
      if (node.tagName === "A") {
        const href = new URL(node.getAttribute("href"), location.href);
        const ok = href.origin === location.origin && /\/reference\/error-codes\/$/.test(href.pathname)
          && /^(#[a-z0-9-]+)?$/.test(href.hash) && /^[a-z0-9-]*$/.test(node.getAttribute("data-entry") || "");
        if (!ok) out.push("link " + node.getAttribute("href").slice(0, 80));
      }
    }
    return out;
  }
  const escaped = [];
  const onError = (e) => escaped.push(String(e.message || e.reason || e));
  window.addEventListener("error", onError);
  window.addEventListener("unhandledrejection", onError);
  const warn = console.warn;
  console.warn = function () { escaped.push(Array.from(arguments).map(String).join(" ")); };
  const opened = [];
  const open = window.open;
  window.open = (u) => { opened.push(String(u)); return null; };
  const parse = JSON.parse;
  let parses = 0;
  JSON.parse = function () { parses++; return parse.apply(JSON, arguments); };
  const results = [];
  try {
    for (const c of cases) {
      for (const [selector, value] of c.fields) {
        const el = root.querySelector(selector);
        if (el.type === "radio") {
          el.checked = true;
          el.dispatchEvent(new Event("change", { bubbles: true }));
        } else if (el.tagName === "SELECT") {
          el.value = el.options[value % el.options.length].value;
          el.dispatchEvent(new Event("change", { bubbles: true }));
        } else {
          el.value = made(value);
        }
      }
      void root.getBoundingClientRect().height;  // lay the paste out first: the time is the tool's answer alone
      box.replaceChildren();
      escaped.length = 0;
      parses = 0;
      const t0 = performance.now();
      const answered = new Promise((resolve) => {
        const timer = setTimeout(() => { mo.disconnect(); resolve(false); }, hang);
        const mo = new MutationObserver(() => {
          if (box.childNodes.length) { clearTimeout(timer); mo.disconnect(); resolve(true); }
        });
        mo.observe(box, { childList: true });
      });
      form.requestSubmit();
      const ok = await answered;
      const ms = performance.now() - t0;
      const blocks = root.querySelectorAll(".mt-tool__output pre");
      results.push({
        answered: ok, ms, parses, text: box.textContent.slice(0, 4000), unsafe: unsafe(), escaped: escaped.slice(),
        curl: blocks.length > 1 ? blocks[1].textContent.split("\n")[0] : null,
      });
    }
  } finally {
    JSON.parse = parse;
    console.warn = warn;
    window.open = open;
    window.removeEventListener("error", onError);
    window.removeEventListener("unhandledrejection", onError);
  }
  return { results, proto: proto() === protoBefore, stayed: where() === start, opened };
}
"""

# Fields by tool, as CSS selectors inside the tool (order matters: a method before its status).
FIELDS = {
    "signature-verifier": {
        "mode": "input[value=payment]",
        "iris": "input[value=iris]",
        "body": "textarea",
        "key": "input[type=password]",
        "header": "input[type=text]",
    },
    "notification-simulator": {
        "method": "select[id^=mt-sim-method]",
        "status": "select[id^=mt-sim-status]",
        "key": "input[type=password]",
        "port": "input[id^=mt-sim-port]",
        "path": "input[id^=mt-sim-path]",
    },
    "error-decoder": {"text": "textarea", "product": "select", "http": "input[type=text]"},
    "request-checker": {"endpoint": "select", "body": "textarea"},
}


class Tools:
    """One long-lived page per tool, its requests to other origins aborted and recorded, its errors collected."""

    def __init__(self, browser: Any, base: str, names: Iterable[str] = PAGES, script: str | None = None) -> None:
        self.base = base
        self.script = script  # served instead of the built tools.js (the mutants of test_each_property_can_fail)
        self.origin = urlparse(base).netloc
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.leaks: list[str] = []
        self.errors: list[str] = []
        self.navigations: list[str] = []
        self.times: dict[str, list[tuple[float, str]]] = {name: [] for name in PAGES}  # (ms, input) per answer
        self.context.route("**/*", self._route)
        self.pages = {name: self._open(name, PAGES[name]) for name in names}

    def _route(self, route: Any) -> None:
        if urlparse(route.request.url).netloc != self.origin and not route.request.url.startswith(("data:", "blob:")):
            self.leaks.append(route.request.url)
            route.abort()
        elif self.script is not None and route.request.url.endswith("/" + SCRIPT):
            route.fulfill(body=self.script, content_type="text/javascript")
        else:
            route.continue_()

    def _open(self, name: str, path: str) -> Any:
        page = self.context.new_page()
        page.on("console", lambda m: self.errors.append(f"{name}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"{name}: {e}"))
        page.on("popup", lambda p: self.navigations.append(f"{name}: popup {p.url}"))
        page.goto(self.base + path)
        tool = page.locator(f'.mt-tool[data-tool="{name}"]')
        tool.scroll_into_view_if_needed()
        tool.locator("form").wait_for()
        if name != "signature-verifier":  # the selects fill from the tool's data file
            tool.locator("select option").nth(1).wait_for(state="attached")
        here = (self.base + path).split("#")[0]

        def navigated(frame: Any) -> None:
            if (
                frame == page.main_frame and frame.url.split("#")[0] != here
            ):  # Material's #hash tracking is no navigation
                self.navigations.append(f"{name}: {frame.url}")

        page.on("framenavigated", navigated)
        return page

    def run(self, name: str, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Each case: {"fields": {field: value}}; returns one result per case (answer text, unsafe nodes…)."""
        selectors = FIELDS[name]
        batch = [{"fields": [[selectors[f], v] for f, v in c["fields"].items()]} for c in cases]
        payload = json.dumps({"tool": name, "cases": batch, "hang": 10000})  # ASCII: lone surrogates survive
        self.pages[name].bring_to_front()
        out = self.pages[name].evaluate(HARNESS, payload)
        where = f"docs/{SCRIPT}:1: {name}"
        assert out["proto"], f"{where}: Object.prototype changed after {cases!r:.300}"
        assert out["stayed"] and not out["opened"] and not self.navigations, (
            f"{where}: the page navigated or opened a window: {self.navigations} {out['opened']}"
        )
        assert not self.leaks, f"{where}: requests left the page: {self.leaks}"
        assert not self.errors, f"{where}: console errors or exceptions: {self.errors[:5]}"
        return out["results"]

    def close(self) -> None:
        for name, times in self.times.items():
            if times:
                COUNTS[f"tools hostile: {name} inputs"] = len(times)
                COUNTS[f"tools hostile: {name} slowest answer (ms)"] = round(max(times)[0])
        self.context.close()


@pytest.fixture(scope="module")
def tools(browser: Any, site: Path) -> Iterator[Tools]:
    with serve(site, with_headers=True, compress=True) as base:
        runner = Tools(browser, base)
        yield runner
        runner.close()


# ------------------------------------------------------------------------------------------ the expected class


def _utf16(text: str) -> str:
    """The text as the browser holds it: a surrogate pair written as two code points is one character there."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


LONE = re.compile("[\ud800-\udfff]")


def _materialize(value: Any) -> str:
    return (
        value
        if isinstance(value, str)
        else value.get("before", "") + value["unit"] * value["times"] + value.get("after", "")
    )


def depth_over(text: str, limit: int) -> bool:
    """Whether brackets outside strings nest deeper than `limit` (tools.js' scan, mirrored)."""
    depth = 0
    in_string = escape = False
    for char in text:
        if in_string:
            if escape:
                escape = False
            elif char == "\\":
                escape = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


# What String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator); Python's strip() differs.
JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff" + "".join(map(chr, range(0x2000, 0x200B)))


def js_trim(text: str) -> str:
    return text.strip(JS_SPACE)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # JSON.parse refuses NaN and Infinity; Python's json accepts them


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)


def json_class(text: str) -> tuple[str | None, Any]:
    """(problem class or None, parsed value) for text the tool parses as JSON."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if depth_over(text, MAX_DEPTH):
        return TOO_DEEP, None
    try:
        value = json.loads(text, parse_constant=_no_constants)
    except ValueError:
        return BAD_JSON, None
    if any(LONE.search(_utf16(s)) for s in _strings(value)):
        return UNICODE, None
    return None, value


def expected(name: str, fields: dict[str, Any]) -> str:
    """The regex the answer must match: the first problem the input has, in the order tools.js checks them."""
    texts = {f: _utf16(_materialize(v)) for f, v in fields.items() if not isinstance(v, int | bool)}
    if any(len(t) > MAX_INPUT for t in texts.values()):
        return TOO_LARGE
    if any(LONE.search(t) for t in texts.values()):
        return UNICODE
    parsed: str | None = None
    if name == "signature-verifier" and not fields.get("iris"):
        parsed = texts.get("body", "")
    elif name == "request-checker":
        parsed = texts.get("body", "")
    elif name == "error-decoder" and re.match(r"[{\[]", js_trim(texts.get("text", ""))):
        parsed = js_trim(texts["text"])
    if parsed is not None:
        problem, _ = json_class(parsed)
        if problem:
            return re.escape(problem)
    return ANSWERS[name]


def _short(value: Any) -> str:
    if isinstance(value, dict):
        before, after = value.get("before", "")[:20], value.get("after", "")[:20]
        return f"{before!r} + {value['unit']!r} × {value['times']} + {after!r}…"
    text = repr(value)
    return text if len(text) <= 90 else f"{text[:70]}…({len(value)} characters)"


def check(tools: Tools, name: str, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Runs the cases and fails with every broken property, one `docs/…/tools.js:1: …` line per input."""
    results = tools.run(name, cases)
    problems = []
    for case, result in zip(cases, results, strict=True):
        shown = f"{name} with " + ", ".join(f"{f}={_short(v)}" for f, v in case["fields"].items())
        tools.times[name].append((result["ms"], shown))
        want = expected(name, case["fields"])
        if not result["answered"]:
            problems.append(f"no answer from the {shown} → every input must get a message")
        elif not re.search(want, result["text"]):
            problems.append(
                f"the {shown} answered {result['text'][:200]!r}, expected /{want}/ → say what is wrong with the input"
            )
        if result["escaped"]:
            problems.append(f"an exception escaped the {shown}: {result['escaped'][:2]} → handle the input")
        if result["unsafe"]:
            problems.append(f"input became markup or a link in the {shown}: {result['unsafe'][:3]} → use textContent")
        if result["curl"] is not None and not CURL_URL.fullmatch(result["curl"]):
            problems.append(f"the {shown} made a curl URL with shell-active characters: {result['curl'][:160]!r}")
    assert not problems, f"{len(problems)} broken properties in {len(cases)} inputs:\n" + "\n".join(
        f"docs/{SCRIPT}:1: {p}" for p in problems[:12]
    )
    return results


# What the simulator's curl command may carry inside "…": no $, `, ", \\ or ! (a shell expands them there).
CURL_URL = re.compile(r"""curl -X POST "http://localhost:\d{1,5}/[A-Za-z0-9\-._~/?#\[\]@&'()*+,;=:%]*" \\""")


# --------------------------------------------------------------------------------------------- generated inputs

NASTY = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    " JaVaScRiPt:alert(document.cookie)",
    "data:text/html,<b>x</b>",
    "'; rm -rf ~; echo '",
    '"; $(touch /tmp/x) `id` "',
    "!!:0",
    "{0}{1}{2}",
    "__proto__",
    "constructor",
    "prototype",
    "\ud800",
    "\udfff",
    "\ud83d\ude00",
    "\ufffd\ufffd",
    "\ufeff",
    "\u202etxt.exe",
    "\x00\x01\x7f",
    "%zz%E0%A4%A",
    "~0~1/",
    "1e400",
    "-0",
    "NaN",
    "  \t\n ",
    "",
    "x" * 300,
]
KEYS = st.sampled_from(
    [
        "__proto__",
        "constructor",
        "prototype",
        "toString",
        "valueOf",
        "toJSON",
        "hasOwnProperty",
        "order_id",
        "status_code",
        "gross_amount",
        "signature_key",
        "transaction_status",
        "error_messages",
        "error_message",
        "status_message",
        "channel_response_code",
        "item_details",
        "transaction_details",
        "price",
        "quantity",
        "%zz",
        "a/b~c",
        "\ud800",
        "<b>",
    ]
) | st.text(max_size=6)
CHARS = st.characters() | st.sampled_from("\ud800\udbff\udc00\udfff\ufeff\u2028<>\"'\\{}[]$`!%")
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.integers(10**17, 10**400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(NASTY)
    | st.text(CHARS, max_size=12)
    | st.integers(0, 999).map(str)  # numbers as strings
)
VALUES = st.recursive(SCALARS, lambda c: st.lists(c, max_size=4) | st.dictionaries(KEYS, c, max_size=5), max_leaves=20)


def _dumps(value: Any, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


@st.composite
def mutated(draw: st.DrawFn, texts: list[str]) -> str:
    """A real sample's JSON text, changed the way pasting, editors and hand edits change it."""
    text = draw(st.sampled_from(texts))
    kind = draw(st.sampled_from(["value", "value", "char", "cut", "bom", "dup", "nest", "constant", "type", "same"]))
    if kind == "value":  # a string or number value replaced by a hostile one
        spots = list(re.finditer(r'(?<=: )("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)', text))
        if spots:
            spot = spots[draw(st.integers(0, len(spots) - 1))]
            new = _dumps(draw(VALUES), draw(st.booleans()))
            text = text[: spot.start()] + new + text[spot.end() :]
    elif kind == "char":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(CHARS, min_size=1, max_size=3)) + text[at:]
    elif kind == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif kind == "bom":
        text = "\ufeff" + text
    elif kind == "dup":  # a duplicate key: JSON.parse keeps the last one
        text = re.sub(
            r"^\s*\{", lambda m: m[0] + '"__proto__": {"polluted": 1}, "order_id": "<b>1</b>", ', text, count=1
        )
    elif kind == "nest":  # nesting around the depth limit
        levels = draw(st.integers(MAX_DEPTH - 2, MAX_DEPTH + 2))
        opener = draw(st.sampled_from(["[", '{"a":']))
        text = opener * levels + text + ("]" if opener == "[" else "}") * levels
    elif kind == "constant":
        text = re.sub(
            r"\b\d+(\.\d+)?\b", draw(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "0x10"])), text, count=1
        )
    elif kind == "type":  # numbers as strings, strings as numbers
        text = (
            re.sub(r'"(\d+(?:\.\d+)?)"', r"\1", text) if draw(st.booleans()) else re.sub(r"(?<=: )(\d+)", r'"\1"', text)
        )
    return text


def _load(site: Path, name: str) -> Any:
    return json.loads((site / DATA_DIR / name).read_text("utf-8"))


def signed(body: dict[str, Any], key: str = KEY) -> dict[str, Any]:
    raw = str(body["order_id"]) + str(body["status_code"]) + str(body["gross_amount"]) + key
    return {**body, "signature_key": hashlib.sha512(raw.encode()).hexdigest()}


def notification_texts(site: Path) -> list[str]:
    samples = _load(site, "notifications.json")["samples"]
    three = ("order_id", "status_code", "gross_amount")
    return [
        json.dumps(signed(s["body"]) if all(f in s["body"] for f in three) else s["body"], indent=2)
        for sample in samples
        for s in sample["statuses"]
    ]


def error_texts(site: Path) -> list[str]:
    codes = _load(site, "errors.json")["codes"]
    out = []
    for entry in codes:
        if entry["product"] in ("core-api", "card"):
            out.append(json.dumps({"status_code": entry["code"], "status_message": entry.get("meaning", "")}, indent=1))
        elif entry["product"] == "iris":
            out.append(json.dumps({"error_message": entry.get("meaning", ""), "errors": [entry["code"]]}))
        else:
            out.append(json.dumps({"error_messages": [entry.get("meaning", ""), entry["code"]]}))
    return out


def request_texts(site: Path) -> dict[int, list[str]]:
    """Endpoint index in requests.json → the JSON bodies samples/*/curl.sh send to it."""
    operations = _load(site, "requests.json")["operations"]
    out: dict[int, list[str]] = {}
    for flow in sample_dirs(ROOT):
        request, _ = parse_curl(flow / "curl.sh")
        if request is None or not isinstance(request.body, dict):
            continue
        path = urlparse(request.url).path
        for i, op in enumerate(operations):
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op["path"]))
            if op["method"] == request.method and re.fullmatch(pattern, path):
                out.setdefault(i, []).append(json.dumps(request.body, indent=2))
    return out


def json_text(texts: list[str]) -> st.SearchStrategy[str]:
    """Real samples, mutated; or any JSON value; or any text."""
    return (
        mutated(texts) | st.builds(_dumps, VALUES, st.booleans()) | st.text(CHARS, max_size=40) | st.sampled_from(NASTY)
    )


# ------------------------------------------------------------------------------------------------ fixed inputs


def nasty_bodies() -> list[Any]:
    """The issue's list: each a JSON text (or a recipe the page expands) for a tool that parses JSON."""
    deep = MAX_DEPTH + 1
    return [
        {"before": '{"order_id": "', "unit": "A", "times": 5 * 1024 * 1024, "after": '"}'},  # 5 MB of JSON
        {"before": "", "unit": "[", "times": 10_000, "after": "]" * 10_000},  # 10,000 levels of arrays
        {"before": "", "unit": '{"a":', "times": 10_000, "after": "1" + "}" * 10_000},  # and of objects
        {"before": "", "unit": "[", "times": MAX_INPUT},  # unclosed, exactly at the size limit
        "[" * deep + "]" * deep,
        "[" * MAX_DEPTH + "]" * MAX_DEPTH,  # at the limit: accepted
        '{"order_id": "\\ud800", "status_code": "200", "gross_amount": "1.00", "signature_key": "x"}',
        '{"\\udc00": 1, "order_id": "A"}',
        '{"order_id": "\ud800"}',  # a raw lone surrogate (the payload escapes it; the page gets the character)
        '{"order_id": "\\ud83d\\ude00", "status_code": "200", "gross_amount": "1.00", "signature_key": "x"}',
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": 1}',
        '{"toString": 1, "valueOf": 2, "toJSON": 3, "hasOwnProperty": 4}',
        '{"order_id": {"toString": 1}, "status_code": {"valueOf": 1}, "gross_amount": [], "signature_key": {}}',
        '{"error_messages": [{"toString": 1}, [[1]], null], "status_message": {"toString": 1}}',
        '{"status_code": {"toString": 1}, "channel_response_code": {"valueOf": 1}}',
        '{"error_message": {"toString": 1}, "errors": {}}',
        json.dumps(
            {k: "<img src=x onerror=alert(1)>" for k in ("order_id", "status_code", "gross_amount", "signature_key")}
        ),
        json.dumps({"status_code": "javascript:alert(1)", "status_message": "<script>alert(1)</script>"}),
        json.dumps(
            {
                "transaction_details": {"order_id": "javascript:alert(1)", "gross_amount": "1"},
                "item_details": [{"price": "<img src=x onerror=alert(1)>", "quantity": 1e400}],
            }
        ),
        json.dumps({"%zz": 1, "a/b~c": 2, "~1": {"%E0%A4%A": 3}, "<b>x</b>": 4}),
        json.dumps({"order_id": 123, "status_code": 200, "gross_amount": 250000, "signature_key": 1}),  # numbers
        json.dumps({"transaction_details": {"order_id": 1, "gross_amount": "250000"}}),  # and strings
        "\ufeff" + json.dumps({"order_id": "A", "status_code": "200", "gross_amount": "1.00", "signature_key": "x"}),
        "",
        "   \n\t  ",
        "NaN",
        '{"gross_amount": NaN, "status_code": Infinity}',
        '{"order_id": "A", "order_id": "B", "status_code": "200", "status_code": "201"}',
        '{"gross_amount": 1e400, "status_code": 123456789012345678901234567890, "order_id": -0.0}',
        '{"item_details": [' + ",".join(['{"price": 1e308, "quantity": 1e308}'] * 2) + '], "gross_amount": 1}',
        json.dumps({f"k{i}": i for i in range(20000)}),  # twenty thousand unknown fields
        json.dumps({"item_details": [{"x": i} for i in range(5000)]}),
        "null",
        "[]",
        '"just a string"',
        "{",
        "}",
    ]


def nasty_cases(name: str) -> list[dict[str, Any]]:
    """Fixed cases for one tool: every hostile body in each field that takes JSON, hostile strings in the rest."""
    bodies = nasty_bodies()
    if name == "signature-verifier":
        cases = [{"fields": {"mode": True, "body": b, "key": KEY}} for b in bodies]
        cases += [
            {
                "fields": {
                    "mode": True,
                    "body": json.dumps(signed({"order_id": "A", "status_code": "200", "gross_amount": "1.00"})),
                    "key": s,
                }
            }
            for s in NASTY
        ]
        cases += [{"fields": {"iris": True, "body": b, "key": IRIS_KEY, "header": "ab" * 64}} for b in bodies[:12]]
        cases += [{"fields": {"iris": True, "body": "{}", "key": s, "header": s}} for s in NASTY]
        return cases
    if name == "notification-simulator":
        cases = [
            {"fields": {"method": i, "status": i, "key": s, "port": "3000", "path": s}} for i, s in enumerate(NASTY)
        ]
        cases += [{"fields": {"method": 0, "status": 0, "key": KEY, "port": s, "path": "/x"}} for s in NASTY]
        cases += [
            {"fields": {"method": 1, "status": 1, "key": KEY, "port": p, "path": "/hooks"}}
            for p in ("0", "65536", "-1", "1e3", "3000.5", "٣٠٠٠", " 3000 ", "99999999999999999999")
        ]
        cases.append({"fields": {"method": 2, "status": 0, "key": bodies[0], "port": "3000", "path": bodies[0]}})
        return cases
    if name == "error-decoder":
        cases = [{"fields": {"text": b, "product": 0, "http": "200"}} for b in bodies]
        cases += [{"fields": {"text": s, "product": i, "http": s}} for i, s in enumerate(NASTY)]
        cases.append({"fields": {"text": {"unit": "9", "times": MAX_INPUT + 1}, "product": 0, "http": ""}})
        return cases
    return [{"fields": {"endpoint": i, "body": b}} for i, b in enumerate(bodies)]


# ----------------------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("name", list(PAGES))
def test_nasty_inputs(tools: Tools, name: str) -> None:
    """The issue's inputs, in every field of every tool: each answered, safely, with a message that names the
    problem; inputs over the size or depth limit never reach JSON.parse."""
    cases = nasty_cases(name)
    results = check(tools, name, cases)
    refused = 0
    for case, result in zip(cases, results, strict=True):
        want = expected(name, case["fields"])
        if want in (TOO_LARGE, re.escape(TOO_DEEP)):
            refused += 1
            assert result["parses"] == 0, (
                f"docs/{SCRIPT}:1: {name} parsed an input it refuses ({want}) → check the size and depth before "
                "JSON.parse, so that no input is slow"
            )
    if name != "notification-simulator":
        assert refused >= 3, f"{name}: only {refused} inputs over the limits"
    COUNTS[f"tools hostile: {name} refused before parsing"] = refused


def test_signature_verifier_generated(tools: Tools, site: Path) -> None:
    texts = notification_texts(site)
    verdicts = {"match": 0, "no match": 0}

    @HYPOTHESIS
    @given(
        st.lists(
            st.tuples(json_text(texts), st.sampled_from([KEY, KEY + " ", "Mid-server-YOUR_SERVER_KEY", *NASTY])),
            min_size=BATCH,
            max_size=BATCH,
        )
    )
    def run(inputs: list[tuple[str, str]]) -> None:
        cases = [{"fields": {"mode": True, "body": body, "key": key}} for body, key in inputs]
        for (body, key), result in zip(inputs, check(tools, "signature-verifier", cases), strict=True):
            # When the four fields are strings, the verdict is the one hashlib gives.
            if not key or expected("signature-verifier", {"body": body, "key": key}) != ANSWERS["signature-verifier"]:
                continue
            value = json_class(_utf16(body))[1]
            names = ("order_id", "status_code", "gross_amount", "signature_key")
            if not isinstance(value, dict) or not all(isinstance(value.get(f), str) for f in names):
                continue
            raw = _utf16("".join(value[f] for f in names[:3]) + key).encode()
            match = hashlib.sha512(raw).hexdigest() == js_trim(value["signature_key"]).lower()
            assert ("The signature matches" in result["text"]) == match, (body[:300], key, result["text"][:300])
            verdicts["match" if match else "no match"] += 1

    run()
    assert verdicts["match"] and verdicts["no match"], f"the generated bodies never reached a verdict: {verdicts}"
    COUNTS["tools hostile: signature verdicts checked against hashlib"] = sum(verdicts.values())


def test_notification_simulator_generated(tools: Tools) -> None:
    text = st.text(CHARS, max_size=30) | st.sampled_from(NASTY)

    @HYPOTHESIS
    @given(
        st.lists(
            st.tuples(
                st.integers(0, 40), st.integers(0, 9), text | st.just(KEY), text | st.integers(0, 70000).map(str), text
            ),
            min_size=BATCH,
            max_size=BATCH,
        )
    )
    def run(inputs: list[tuple[int, int, str, str, str]]) -> None:
        cases = [
            {"fields": {"method": m, "status": s, "key": k, "port": p, "path": path}} for m, s, k, p, path in inputs
        ]
        check(tools, "notification-simulator", cases)

    run()


def test_error_decoder_generated(tools: Tools, site: Path) -> None:
    texts = error_texts(site)
    http = st.sampled_from(["", "200", "400", "401", "404", "500", "99", "abc"]) | st.text(CHARS, max_size=6)

    @HYPOTHESIS
    @given(
        st.lists(
            st.tuples(json_text(texts) | st.sampled_from(["407", "Z3", "snap-401", "4xx"]), st.integers(0, 5), http),
            min_size=BATCH,
            max_size=BATCH,
        )
    )
    def run(inputs: list[tuple[str, int, str]]) -> None:
        cases = [{"fields": {"text": t, "product": p, "http": h}} for t, p, h in inputs]
        check(tools, "error-decoder", cases)

    run()


def test_request_checker_generated(tools: Tools, site: Path) -> None:
    bodies = request_texts(site)
    assert len(bodies) >= 5, f"only {len(bodies)} endpoints have a samples/*/curl.sh body"
    endpoints = sorted(bodies)

    @HYPOTHESIS
    @given(
        st.lists(
            st.sampled_from(endpoints).flatmap(lambda i: st.tuples(st.just(i), json_text(bodies[i]))),
            min_size=BATCH,
            max_size=BATCH,
        )
    )
    def run(inputs: list[tuple[int, str]]) -> None:
        cases = [{"fields": {"endpoint": i, "body": b}} for i, b in inputs]
        check(tools, "request-checker", cases)

    run()


# A mistake tools.js could make, the tool and inputs that expose it, and what the failure says.
MUTANTS = {
    "text as markup": (
        'if (name === "text") node.textContent = attrs[name];',
        'if (name === "text") node.innerHTML = attrs[name];',
        "error-decoder",
        [{"text": "<img src=x onerror=alert(1)>", "product": 0, "http": ""}],
        "input became markup|console errors",
    ),
    "no depth limit": (
        "if (tooDeep(text)) return",
        "if (false) return",
        "request-checker",
        [{"endpoint": 0, "body": "[" * 10_000 + "]" * 10_000}],
        "expected /levels\\\\ deep/",
    ),
    "no size limit": (
        "if (value.length > MAX_INPUT) return",
        "if (false) return",
        "signature-verifier",
        [{"mode": True, "body": {"before": '{"a": "', "unit": "A", "times": MAX_INPUT, "after": '"}'}, "key": KEY}],
        "expected /characters; the tool reads at most/",
    ),
    "pasted toString called": (
        "var sc = str(body.status_code);",
        "var sc = String(body.status_code);",
        "error-decoder",
        [{"text": '{"status_code": {"toString": 1}}', "product": 0, "http": ""}],
        "an exception escaped",
    ),
    "shell characters in curl": (
        'return c === "!" ? "%21" : encodeURIComponent(c);',
        "return c;",
        "notification-simulator",
        [{"method": 0, "status": 0, "key": KEY, "port": "3000", "path": '/"; $(id) `id` "'}],
        "shell-active characters",
    ),
}


@pytest.mark.parametrize("mutant", list(MUTANTS))
def test_each_property_can_fail(browser: Any, site: Path, tmp_path: Path, mutant: str) -> None:
    """Negative test: a tools.js with one mistake (served in place of the built one) fails the property that
    guards against it, with its message."""
    old, new, name, inputs, message = MUTANTS[mutant]
    assert SOURCE.count(old) == 1, f"docs/{SCRIPT}: `{old}` is no longer in the script → update MUTANTS"
    broken = tmp_path / "tools.js"
    broken.write_text(SOURCE.replace(old, new), "utf-8")
    with serve(site, with_headers=True, compress=True) as base:
        runner = Tools(browser, base, names=[name], script=minify_script(ROOT, broken))
        try:
            with pytest.raises(AssertionError, match=message):
                check(runner, name, [{"fields": fields} for fields in inputs])
        finally:
            runner.context.close()


def test_contributing_states_the_limits_tools_js_sets() -> None:
    """CONTRIBUTING.md ("Reader tools") tells writers the limits; they must be the ones tools.js enforces."""
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    shown = _limit("MAX_SHOWN")
    for stated in (f"{MAX_INPUT:,} characters (`MAX_INPUT`)", f"{MAX_DEPTH}\nlevels deep", f"at most {shown} problems"):
        assert stated.replace("\n", " ") in text.replace("\n", " "), (
            f"CONTRIBUTING.md:1: the Reader tools section does not say {stated!r} → state the limits of docs/{SCRIPT}"
        )

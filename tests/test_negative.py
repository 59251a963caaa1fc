"""Every check can fail: inject a writer's mistake into a copy of the project
and assert that the check names the file, the line and the fix."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from midtrans_docs import diagrams
from midtrans_docs.checks.build_log import problems_from_log
from midtrans_docs.checks.code_blocks import (
    check_fence_languages,
    check_json_blocks,
    check_python_blocks,
    check_snippet_paths,
    check_tool_blocks,
    check_yaml_blocks,
)
from midtrans_docs.checks.diagrams import check_diagrams
from midtrans_docs.checks.nav import check_nav
from midtrans_docs.checks.numbers import check_fact_numbers
from midtrans_docs.checks.openapi import (
    check_notification_blocks,
    check_postman_requests,
    check_request_blocks,
    check_response_blocks,
    check_sample_operations,
    check_spec,
    check_spec_examples,
)
from midtrans_docs.checks.pages import check_front_matter, check_images, check_tool_placeholders
from midtrans_docs.checks.prose import (
    check_dashboard_paths,
    check_markdownlint,
    check_placeholders,
    check_spelling,
    check_voice,
)
from midtrans_docs.checks.samples import check_inclusion, check_inline_curl, check_samples
from midtrans_docs.checks.secrets import (
    check_base64_values,
    check_notification_signatures,
    check_secrets,
    check_unverified_hashes,
    check_worked_signatures,
)
from midtrans_docs.checks.site import check_links, check_self_contained
from midtrans_docs.problems import report
from midtrans_docs.site.build import run_build

pytestmark = pytest.mark.slow

PAGE = "docs/index.md"
FLOW = "samples/snap/create-transaction"


def append(root: Path, rel: str, text: str) -> int:
    """Append lines to a file; return the line number of the first appended line."""
    path = root / rel
    before = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    path.write_text("\n".join(before) + "\n" + text, encoding="utf-8")
    return len(before) + 1


def expect(problems, rel: str, line: int | None, fragment: str) -> None:
    text = report(problems)
    pattern = re.escape(rel) + ":" + (str(line) if line else r"\d+") + ": [^\n]*" + re.escape(fragment)
    assert re.search(pattern, text), (
        f"expected `{rel}:{line}: …{fragment}…` with a fix, got:\n{text or '(no problems)'}"
    )
    assert "→" in text


def build_problems(root: Path):
    code, log = run_build(root, root / "build" / "site", publishing=False)
    return problems_from_log(root, log, code), root / "build" / "site"


# ------------------------------------------------------------------- build-level


def test_build_level_mistakes(project):
    """One rebuild of the copy with every build-level mistake in it."""
    (project / "docs/snap/orphan.md").write_text("---\ntitle: Orphan\ndescription: Not in nav.\n---\n\n# Orphan\n")
    first = append(
        project,
        PAGE,
        "\n[gone](snap/no-such-page.md)\n\n[bad anchor](snap/index.md#no-such-heading)\n\n"
        "[absolute](/snap/)\n\n"
        '<script src="https://cdn.example.com/widget.js"></script>\n\n'
        '<a href="snap/missing/">raw link</a>\n',
    )
    diagram = append(project, PAGE, "\n```mermaid\nsequenceDiagram\n    Shop->>: nobody receives this\n```\n")
    problems, site = build_problems(project)
    expect(problems, PAGE, diagram + 1, "Mermaid cannot draw this diagram")
    expect(problems, PAGE, diagram + 1, "diagram has no rendered SVG")
    expect(problems, PAGE, first + 1, "points to a page that does not exist")
    expect(problems, PAGE, first + 3, "anchor that does not exist")
    expect(problems, PAGE, first + 5, "absolute link")
    expect(problems, "docs/snap/orphan.md", 1, "not in the nav")
    expect(check_nav(project), "docs/snap/orphan.md", 1, "page is not in the nav")
    # Strict mode aborts after writing the site, so the HTML checks still see it.
    expect(check_self_contained(project, site), PAGE, first + 7, "loads https://cdn.example.com/widget.js")
    expect(check_links(project, site), PAGE, None, "broken link in the built page")


def test_diagram_svgs_out_of_step(project):
    first = diagrams.all_diagrams(project)[0]
    (project / "diagrams" / first.svg_name).unlink()
    (project / "diagrams" / "0123456789abcdef.svg").write_text("<svg/>")
    problems = check_diagrams(project)
    expect(problems, first.path.relative_to(project).as_posix(), first.line, "diagram has no SVG")
    expect(problems, "diagrams/0123456789abcdef.svg", 1, "no page uses this diagram")


def test_overview_nav_title_drift(project):
    mk = project / "mkdocs.yml"
    text = mk.read_text(encoding="utf-8")
    line = text[: text.index("      - Snap: snap/index.md")].count("\n") + 1
    mk.write_text(text.replace("      - Snap: snap/index.md", "      - Snap overview: snap/index.md"), encoding="utf-8")
    expect(check_nav(project), "mkdocs.yml", line, "front matter title is 'Snap'")


def test_missing_include(project):
    first = append(project, PAGE, '\n```json\n--8<-- "snap/no-such-flow/response.json"\n```\n')
    expect(
        check_snippet_paths(project), PAGE, first + 2, "included file 'snap/no-such-flow/response.json' does not exist"
    )


# --------------------------------------------------------------------- sources


def test_front_matter_mistakes(project):
    page = project / PAGE
    text = page.read_text()
    page.write_text(re.sub(r"^description:.*$", "description: " + "x" * 170, text, count=1, flags=re.M))
    expect(check_front_matter(project), PAGE, None, "description is 170 characters long")
    page.write_text(re.sub(r"^description:.*\n", "", text, count=1, flags=re.M))
    expect(check_front_matter(project), PAGE, 2, "front matter has no description")
    page.write_text(text.replace("---\n", "---\ntitle: [unclosed\n", 1))
    expect(check_front_matter(project), PAGE, 1, "front matter is not valid YAML")
    page.write_text(text.replace("---\n", "---\nsearch:\n  boost: 40\n", 1))
    expect(check_front_matter(project), PAGE, 3, "`search: boost:` is 40")


def test_placeholder_text(project):
    line = append(project, PAGE, "\nThis part is " + "coming" + " soon.\n")
    expect(check_placeholders(project), PAGE, line + 1, "placeholder text")
    line = append(project, "midtrans_docs/problems.py", "# " + "TO" + "DO: later\n")
    expect(check_placeholders(project), "midtrans_docs/problems.py", line, "placeholder text")


# A Dashboard path typed by hand and an unknown one, another product's admin path, and the voice of a
# page that speaks of Midtrans documentation as another party.
PATHS_AND_VOICE = """
Open **Settings > Access Keys**, then **Settings > Made Up Menu**.

In WooCommerce, open **WooCommerce > Settings > Payments**.

The current Midtrans documentation lists three retries.
"""


def test_dashboard_paths_and_voice(project):
    line = append(project, PAGE, PATHS_AND_VOICE)
    problems = check_dashboard_paths(project)
    expect(problems, PAGE, line + 1, 'Dashboard path "Settings > Access Keys" typed by hand')
    expect(problems, PAGE, line + 1, "{{ dashboard.access_keys }}")
    expect(problems, PAGE, line + 1, 'unknown Dashboard path "Settings > Made Up Menu"')
    assert len(problems) == 2, report(problems)  # the WooCommerce path is another product's admin
    expect(check_voice(project), PAGE, line + 5, "speaks of Midtrans documentation as another party")


# Two facts typed by hand, a number with no fact's words near it, and a literal kept on purpose.
TYPED_NUMBERS = """
A card token expires after 3 minutes.

The IRIS `X-Idempotency-Key` takes up to 100 characters.

Wait 3 minutes between the two calls.

A card token expires after 3 minutes in this old example. <!-- literal -->
"""


def test_numbers_said_once(project):
    line = append(project, PAGE, TYPED_NUMBERS)
    id_line = append(project, "docs/index.id.md", "\nToken kartu kedaluwarsa setelah 3 menit.\n")
    # The spec and its Indonesian catalog are read too (their text becomes the reference pages), and a fact
    # name there that data/facts.yml does not hold is named.
    spec = append(
        project, "openapi/core-api.yaml", "# The card token expires after 3 minutes.\n# {{ lifetime.no_such }}\n"
    )
    catalog = append(
        project, "openapi/i18n/id/core-api.yaml", "/x:\n  source: 0\n  en: x\n  text: Token kartu berlaku 3 menit.\n"
    )
    problems = check_fact_numbers(project)
    expect(problems, "openapi/core-api.yaml", spec, "write {{ lifetime.card_token }}")
    expect(problems, "openapi/core-api.yaml", spec + 1, "{{ lifetime.no_such }} is not a fact of data/facts.yml")
    expect(problems, "openapi/i18n/id/core-api.yaml", catalog + 3, '"3 menit" is the fact lifetime.card_token')
    problems = [p for p in problems if "openapi/" not in str(p.path)]
    expect(problems, PAGE, line + 1, '"3 minutes" is the fact lifetime.card_token')
    expect(problems, PAGE, line + 1, "write {{ lifetime.card_token }}")
    expect(problems, PAGE, line + 3, "write {{ limit.iris_idempotency_key_length }} characters")
    expect(problems, "docs/index.id.md", id_line + 1, '"3 menit" is the fact lifetime.card_token')
    # No key word of a fact near "3 minutes", and a line marked literal: neither is flagged.
    assert len(problems) == 3, report(problems)


def test_markdown_lint_and_spelling(project):
    text = "\n#  Two spaces after the hash\n\nThe paymnet is recieved.\n\nThe order is cancelled.\n"
    line = append(project, PAGE, text)
    spec = append(project, "openapi/snap.yaml", "# A colour the API recognised.\n")
    literal = append(project, "openapi/iris.yaml", "# An error occured  # codespell:ignore occured\n")
    expect(check_markdownlint(project), PAGE, line + 1, "MD019")
    problems = check_spelling(project)
    expect(problems, PAGE, line + 3, "spelling: 'recieved'")
    # British spellings, in the pages and in the spec (its descriptions become reference pages).
    expect(problems, PAGE, line + 5, "British spelling 'cancelled' → write 'canceled'")
    expect(problems, "openapi/snap.yaml", spec, "British spelling 'colour'")
    expect(problems, "openapi/snap.yaml", spec, "British spelling 'recognised'")
    # An API's own text keeps its spelling with codespell's inline marker.
    assert f"openapi/iris.yaml:{literal}:" not in report(problems), report(problems)


def test_code_block_mistakes(project):
    line = append(
        project,
        PAGE,
        '\n```\nno language\n```\n\n```json\n{"a": 1,}\n```\n\n'
        "```yaml\na: [b\n```\n\n```python\ndef broken(:\n```\n\n"
        "```javascript\nconst ok = 1;\nconst x = ;\n```\n\n```php\n<?php\necho 'x'\n```\n\n"
        "```go\nfunc main( {\n```\n\n![](assets/images/logo.svg)\n",
    )
    expect(check_fence_languages(project), PAGE, line + 1, "code block has no language")
    expect(check_json_blocks(project), PAGE, line + 6, "invalid JSON")
    expect(check_yaml_blocks(project), PAGE, line + 10, "invalid YAML")
    expect(check_python_blocks(project), PAGE, line + 14, "Python syntax error")
    tools = check_tool_blocks(project)
    expect(tools, PAGE, line + 19, "JavaScript syntax error: SyntaxError: Unexpected token ';'")
    expect(tools, PAGE, line + 25, "PHP syntax error")  # php reports the end of the block
    expect(tools, PAGE, line + 28, "Go syntax error")
    expect(check_images(project), PAGE, line + 31, "has no alt text")


def test_request_block_schema_and_amount(project):
    body = {
        "transaction_details": {"order_id": "ORDER 1 with spaces", "gross_amount": 1000},
        "item_details": [{"id": "a", "name": "A", "price": 600, "quantity": 1}],
    }
    line = append(
        project,
        PAGE,
        '\n```json title="POST /snap/v1/transactions"\n' + json.dumps(body, indent=2) + "\n```\n\n"
        '```json title="POST /v2/nothing-documents-this"\n{"a": 1}\n```\n',
    )
    problems = check_request_blocks(project)
    expect(problems, PAGE, line + 4, "request body field $.transaction_details.order_id")
    expect(problems, PAGE, line + 5, "is not the item total 600")
    expect(problems, PAGE, line + 18, "POST /v2/nothing-documents-this matches no operation in openapi/")


def test_worked_values_and_secrets(project):
    line = append(
        project,
        PAGE,
        '\n```json title="Notification (settlement)"\n'
        '{"order_id": "A-1", "status_code": "200", "gross_amount": "10.00", "signature_key": "'
        + "ab"
        * 64
        + '"}\n```\n\n'
        "```text\nAuthorization: Basic U0ItTWlkLXNlcnZlci1SRUFMS0VZOg==\n```\n\n"
        "Key: `SB-Mid-" + "server-Kx8w2QpLm4Zr`\n",
    )
    expect(check_notification_signatures(project), PAGE, line + 2, "signature_key does not match its notification")
    expect(check_base64_values(project), PAGE, line + 6, "encodes a key that is not a placeholder")
    expect(check_secrets(project), PAGE, line + 9, "looks like a real Midtrans key")
    # The two "wrong" signatures above are computed by no check: they count as unverified values.
    expect(check_unverified_hashes(project), PAGE, line + 2, "a SHA-512 value that no test recomputes")
    worked = append(
        project,
        PAGE,
        "\n```text\norder_id: A-1\nstatus_code: 200\ngross_amount: 10.00\nsignature_key: " + "cd" * 64 + "\n```\n",
    )
    expect(check_worked_signatures(project), PAGE, worked + 5, "worked signature_key is wrong for the inputs above it")


# --------------------------------------------------------------------- samples


def test_broken_samples(project):
    flow = project / FLOW
    curl = (flow / "curl.sh").read_text()
    (flow / "curl.sh").write_text(curl.replace('"gross_amount": 250000', '"gross_amount": 250000,', 1))
    py = (flow / "python.py").read_text()
    (flow / "python.py").write_text(py.replace('"quantity": 2', '"quantity": 3', 1))
    js = (flow / "node.js").read_text()
    (flow / "node.js").write_text(js.replace("app.sandbox", "app", 1).replace("quantity: 2", "quantity: 5", 1))
    php_line = append(project, f"{FLOW}/php.php", "echo 'unterminated\n")
    java = (flow / "Main.java").read_text()
    (flow / "Main.java").write_text(java.replace("String serverKey", "Strin serverKey", 1))
    go = (flow / "main.go").read_text()
    (flow / "main.go").write_text(go.replace("serverKey := ", "serverKey = ", 1))
    problems = check_samples(project)
    expect(problems, f"{FLOW}/curl.sh", None, "the -d body is not valid JSON")
    expect(problems, f"{FLOW}/php.php", None, "php -l")
    expect(problems, f"{FLOW}/Main.java", None, "javac")
    expect(problems, f"{FLOW}/main.go", None, "go vet")
    # With the cURL body fixed, Python and Node.js disagree with it; Java sends a field the spec does not
    # know; the pages promise an older Java than the samples need; and a documented error answer (a response
    # variant) is not handled by the samples.
    (flow / "curl.sh").write_text(curl)
    (flow / "Main.java").write_text(java.replace('"order_id":', '"order_ref": "x", "order_id":', 1))
    facts = project / "data/facts.yml"
    facts.write_text(facts.read_text().replace("  java: 17", "  java: 11"))
    (flow / "response-500.json").write_text('{"status_code": "500", "status_message": "Internal server error"}')
    problems = check_samples(project)
    expect(problems, f"{FLOW}/python.py", None, "Python request body differs from the cURL body")
    expect(problems, f"{FLOW}/node.js", None, "Node.js request body differs from the cURL body")
    expect(problems, f"{FLOW}/Main.java", None, "request body field $.transaction_details.order_ref: a field the spec")
    expect(problems, f"{FLOW}/Main.java", None, "text blocks are not supported in -source 11")
    expect(problems, f"{FLOW}/python.py", None, "response-500.json")
    expect(problems, f"{FLOW}/node.js", None, "response-500.json")
    assert php_line > 1


def test_tab_order_and_unused_sample(project):
    page = next(p for p in (project / "docs").rglob("*.md") if f'"{FLOW[8:]}/python.py"' in p.read_text())
    rel = page.relative_to(project).as_posix()
    text = page.read_text()
    page.write_text(text.replace('=== "Python"', '=== "Py"', 1))
    expect(check_inclusion(project), rel, None, 'is not in a tab labeled "Python"')
    (project / FLOW / "extra.py").write_text("print('unused')\n")
    expect(check_inclusion(project), f"{FLOW}/extra.py", 1, "not included in any page")


def test_inline_curl_in_a_page(project):
    line = append(
        project,
        PAGE,
        '\n```bash\ncurl https://api.midtrans.com/v2/charge \\\n  -u "SB-Mid-server-YOUR_SERVER_KEY"\n```\n',
    )
    problems = check_inline_curl(project)
    expect(problems, PAGE, line + 2, "URL host 'api.midtrans.com' is not a sandbox host")
    expect(problems, PAGE, line + 3, "the -u value has no trailing colon")


# ------------------------------------------------------------ the OpenAPI spec

CHARGE = {
    "payment_type": "bank_transfer",
    "transaction_details": {"gross_amount": "10000"},
    "bank_transfer": {"bank": "bcx"},
    "order_note": "unknown",
}


def test_request_body_against_the_spec(project):
    """Unknown field, wrong enum, missing required field, wrong type, unknown endpoint: path:line and the fix."""
    line = append(project, PAGE, '\n```json title="POST /v2/charge"\n' + json.dumps(CHARGE, indent=2) + "\n```\n")
    problems = check_request_blocks(project)
    field = "request body field "
    expect(problems, PAGE, line + 10, field + "$.order_note: a field the spec does not know")
    expect(problems, PAGE, line + 8, field + "$.bank_transfer.bank: 'bcx' is not one of")
    expect(problems, PAGE, line + 4, field + "$.transaction_details.order_id: a required field is missing")
    expect(problems, PAGE, line + 5, field + "$.transaction_details.gross_amount: '10000' is not of type 'integer'")
    assert "use one of ['bca'" in report(problems) and "write it as integer" in report(problems)
    curl = append(
        project,
        PAGE,
        '\n```bash\ncurl -G "https://app.sandbox.midtrans.com/iris/api/v1/account_validation" \\\n'
        '  -u "IRIS-YOUR_CREATOR_API_KEY:" --data-urlencode "bank=bca"\n'
        "curl https://api.sandbox.midtrans.com/v2/no-such-thing \\\n"
        '  -u "SB-Mid-server-YOUR_SERVER_KEY:"\n```\n',
    )
    problems = check_inline_curl(project)
    expect(problems, PAGE, curl + 2, "request field parameter account: Missing required query parameter")
    expect(problems, PAGE, curl + 4, "GET /v2/no-such-thing matches no operation in openapi/")


def edit(project: Path, rel: str, old: str, new: str) -> int:
    """Replace the first `old` in a file; return its line."""
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_spec_mistakes(project):
    """A bad x-samples, x-error-codes, x-guide, a duplicate operationId, a broken $ref, an invalid document."""
    snap = "openapi/snap.yaml"
    guide = edit(project, snap, "backend-integration.md#step-3", "backend-integration.md#no-step-3")
    samples = edit(project, snap, "- snap/create-transaction\n", "- snap/no-such-flow\n")
    codes = edit(project, snap, "[snap-201,", "[snap-999,")
    twice = edit(project, snap, "operationId: cancelSnapTransaction", "operationId: createSnapTransaction")
    ref = edit(
        project,
        snap,
        "$ref: 'common.yaml#/components/parameters/XOverrideNotification'",
        "$ref: 'common.yaml#/components/parameters/Nope'",
    )
    invalid = edit(project, "openapi/payment-link.yaml", "      in: path", "      in: body")
    problems = check_spec(project)
    expect(problems, snap, guide, "backend-integration.md has no heading #no-step-3")
    expect(problems, snap, samples, "names 'snap/no-such-flow', which is no sample folder")
    expect(problems, snap, codes, "names 'snap-999', which data/errors.yml does not have")
    expect(problems, snap, twice, "operationId createSnapTransaction is used twice")
    expect(problems, snap, ref, "$ref 'common.yaml#/components/parameters/Nope' does not resolve")
    expect(problems, "openapi/payment-link.yaml", invalid, "not valid OpenAPI 3.1")


def test_spec_example_and_sample_response(project):
    line = edit(project, "openapi/core-api.yaml", "status_code: '406'", "status_code: 406")
    expect(
        check_spec_examples(project), "openapi/core-api.yaml", line, "example field $.status_code: 406 is not of type"
    )
    edit(project, f"{FLOW}/response.json", '"token": "66e4fa55', '"tokn": "66e4fa55')
    edit(project, "openapi/snap.yaml", "        - snap/create-transaction\n", "")
    problems = check_sample_operations(project)
    expect(problems, f"{FLOW}/response.json", 1, "response field $.token: a required field is missing")
    expect(problems, f"{FLOW}/curl.sh", 1, "not in the x-samples of createSnapTransaction")


def test_page_responses_notifications_postman(project):
    line = append(
        project,
        PAGE,
        '\n```json title="POST /v2/charge"\n{"payment_type": "qris", "transaction_details": '
        '{"order_id": "A-1", "gross_amount": 1000}}\n```\n\n'
        '```json title="Response (200 OK)"\n{"status_code": 201, "status_message": "OK"}\n```\n',
    )
    expect(check_response_blocks(project), PAGE, line + 6, "response field $.status_code: 201 is not of type")
    hook = "docs/after-payment/http-notification.md"
    status = edit(
        project,
        hook,
        '"transaction_status": "settlement",\n      "transaction_id": "5a9e',
        '"transaction_status": "setled",\n      "transaction_id": "5a9e',
    )
    expect(check_notification_blocks(project), hook, status, "notification field $.transaction_status: 'setled'")
    postman = "docs/assets/postman/midtrans.postman_collection.json"
    edit(project, postman, '\\"gross_amount\\": 250000', '\\"gross_amount\\": \\"250000\\"')
    expect(check_postman_requests(project), postman, None, "request body field $.transaction_details.gross_amount")


def test_tool_placeholder_naming_no_tool_fails(project):
    line = append(project, PAGE, '\n<div class="mt-tool" data-tool="signature-checker" markdown>\nFallback.\n</div>\n')
    expect(check_tool_placeholders(project), PAGE, line + 1, 'tool placeholder with data-tool="signature-checker"')


# ------------------------------------------------------------------- payment-method matrix

MATRIX = "data/payment-methods.yml"


def test_payment_methods_data_mistakes(project):
    """An unknown key, a missing required key, a bad value and a sandbox anchor that does not exist."""
    from midtrans_docs.checks.payment_methods import check_payment_methods_data

    gopay = edit(project, MATRIX, "  gopay:\n    name: GoPay\n", "  gopay:\n    name: GoPay\n    fee: 2%\n")
    dana = edit(
        project, MATRIX, "    family: ewallet\n    payment_type: dana\n", "    family: wallet\n    payment_type: dana\n"
    )
    edit(project, MATRIX, "    sandbox: convenience-stores\n", "    sandbox: no-such-section\n")
    akulaku = edit(project, MATRIX, "    settles: on_payment\n    sandbox: cardless", "    sandbox: cardless")
    problems = check_payment_methods_data(project)
    expect(problems, MATRIX, gopay, "gopay: unknown key 'fee'")
    expect(problems, MATRIX, dana - 2, "dana: family 'wallet'")
    expect(problems, MATRIX, None, "indomaret: sandbox '#no-such-section' is no heading")
    assert akulaku
    expect(problems, MATRIX, None, "akulaku: missing 'settles'")


def test_payment_methods_amount_mistakes(project):
    """An amount typed as text, an unknown condition, and a maximum below the minimum."""
    from midtrans_docs.checks.payment_methods import check_payment_methods_data

    card = edit(project, MATRIX, "    amount_min: 10000\n", "    amount_min: Rp10.000\n")
    gopay = edit(project, MATRIX, "amount_max: {verified: 20000000,", "amount_max: {premium: 20000000,")
    indomaret = edit(project, MATRIX, "    amount_max: 5000000\n", "    amount_max: 5000\n")
    problems = check_payment_methods_data(project)
    expect(problems, MATRIX, card, "credit_card: amount_min 'Rp10.000' is no amount")
    expect(problems, MATRIX, gopay, "gopay: amount_max {'premium': 20000000, 'unverified': 2000000} is no amount")
    expect(problems, MATRIX, indomaret, "indomaret: amount_max 5000 is below amount_min 10000")


def test_payment_type_missing_from_matrix(project):
    """A payment_type added to the spec's PaymentType enum and not to the matrix."""
    from midtrans_docs.checks.payment_methods import check_payment_methods_spec

    line = edit(project, "openapi/common.yaml", "        - uob_ezpay\n", "        - uob_ezpay\n        - jenius_pay\n")
    expect(check_payment_methods_spec(project), "openapi/common.yaml", line + 1, "PaymentType has 'jenius_pay'")


def test_snap_channel_missing_from_matrix(project):
    """A Snap enabled_payments value with no matrix entry, and a matrix entry missing from the enum."""
    from midtrans_docs.checks.payment_methods import check_payment_methods_spec

    line = edit(project, "openapi/snap.yaml", "        - seabank_va\n", "        - jago_va\n")
    problems = check_payment_methods_spec(project)
    expect(problems, "openapi/snap.yaml", line, "SnapPaymentChannel has 'jago_va'")
    expect(problems, MATRIX, None, "seabank_va: channel 'seabank_va' is offered in snap but missing")


def test_payment_link_channel_missing_from_matrix(project):
    """A Payment Link enabled_payments value with no Payment Link method in the matrix."""
    from midtrans_docs.checks.payment_methods import check_payment_methods_spec

    gopay = edit(
        project,
        MATRIX,
        "    channel: gopay\n    products: [snap, core_api, payment_link]\n",
        "    channel: gopay\n    products: [snap, core_api]\n",
    )
    expect(check_payment_methods_spec(project), "openapi/payment-link.yaml", None, "enabled_payments has 'gopay'")
    assert gopay


def test_simulator_payment_type_missing_from_matrix(project):
    """A notification example (what the simulator offers) with a payment_type the matrix lacks."""
    from midtrans_docs.checks.payment_methods import check_payment_methods_tools

    line = edit(project, "openapi/notifications.yaml", "payment_type: credit_card", "payment_type: jenius_pay")
    expect(
        check_payment_methods_tools(project),
        "openapi/notifications.yaml",
        line,
        "the notification simulator offers payment_type 'jenius_pay'",
    )

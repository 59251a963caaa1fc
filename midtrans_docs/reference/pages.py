"""Every generated reference page as Markdown, by its path under docs/ (the page's src_uri)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .errors import PAGE as ERRORS_PAGE
from .errors import codes, load_errors, render_page
from .localize import errors_for, labels, spec_for
from .markdown import cell, front_matter, relative, table
from .render import Context, anchor, section, webhook_section
from .spec import SPEC_DIR, Operation, Spec, load_spec

API = "reference/api"
INDEX = f"{API}/index.md"
NOTIFICATIONS = f"{API}/notifications.md"
PUBLISHED = "openapi"  # the spec files' folder in the site, next to the pages
# The tag pages, in nav order: tag → file name under reference/api/.
TAGS = [
    "Charge",
    "Cards",
    "Transactions",
    "Refunds",
    "Subscriptions",
    "Pay accounts",
    "Snap",
    "Payment links",
    "Beneficiaries",
    "Payouts",
    "Balance and accounts",
    "Banks and channels",
    "Statements",
    "Utility",
]
COMMON_HEADERS = [
    ["`Authorization`", "`Basic ` + Base64 of the key followed by `:` (see the table above)"],
    ["`Accept`", "`application/json`"],
    ["`Content-Type`", "`application/json` on every request with a body"],
]


def tag_page(tag: str) -> str:
    return f"{API}/{tag.lower().replace(' ', '-')}.md"


def generate(root: Path, lang: str = "en") -> dict[str, str]:
    """src_uri → Markdown of every generated page; the same sources always give the same bytes.

    For another language, the spec and error texts come from its catalogs and the generator's own words from
    reference/localize.py (anchors, field names and code stay the English ones)."""
    out = _generate(root, lang)
    return {uri: labels(text, lang) for uri, text in out.items()}


def _generate(root: Path, lang: str) -> dict[str, str]:
    spec = spec_for(root, load_spec(root), lang)
    errors = errors_for(root, load_errors(root), lang)
    ops = [op for op in spec.operations() if op.kind == "paths"]
    out = {ERRORS_PAGE: render_page(errors), INDEX: _index(spec, ops)}
    for tag in TAGS:
        ctx = Context(spec, codes(errors), root, tag_page(tag))
        out[ctx.page] = _tag_page(ctx, tag, [op for op in ops if op.tag == tag])
    ctx = Context(spec, codes(errors), root, NOTIFICATIONS)
    out[NOTIFICATIONS] = _notifications(ctx, [op for op in spec.operations() if op.kind == "webhooks"])
    return out


def edit_sources(root: Path) -> dict[str, str]:
    """Generated page → the repository file a writer edits to change it (its edit-this-page link)."""
    spec = load_spec(root)
    out = {
        ERRORS_PAGE: "data/errors.yml",
        INDEX: "midtrans_docs/reference/pages.py",
        NOTIFICATIONS: "openapi/notifications.yaml",
    }
    for tag in TAGS:
        out[tag_page(tag)] = f"{SPEC_DIR.as_posix()}/{_tag_description(spec, tag)[1]}"
    return out


def spec_files(root: Path) -> list[str]:
    """The published spec files, as site paths (openapi/core-api.yaml)."""
    return [f"{PUBLISHED}/{p.name}" for p in sorted((root / SPEC_DIR).glob("*.yaml"))]


def _spec_link(page: str, file: str) -> str:
    return f"[`{file}`]({relative(page, f'{PUBLISHED}/{file}')})"


def _tag_description(spec: Spec, tag: str) -> tuple[str, str]:
    """(description, spec file) of a tag, from the first file that declares it."""
    for file, doc in spec.docs.items():
        for entry in doc.get("tags") or []:
            if entry["name"] == tag and file != "notifications.yaml":
                return str(entry.get("description", "")), file
    return "", ""


def _operation_list(ops: Iterable[Operation], spec: Spec) -> str:
    lines = []
    for op in ops:
        where = f"`{op.method.upper()} {op.key}`" if op.kind == "paths" else "webhook"
        lines.append(f"- [{op.op['summary']}](#{anchor(op)}): {where}")
    return "\n".join(lines)


def _tag_page(ctx: Context, tag: str, ops: list[Operation]) -> str:
    description, file = _tag_description(ctx.spec, tag)
    title = ctx.spec.docs[file]["info"]["title"].removeprefix("Midtrans ")
    head = [
        front_matter(tag, f"{title} reference: {description[0].lower()}{description[1:]}"),
        f"# {tag}",
        f"{description} Part of the {title}; spec file: {_spec_link(ctx.page, file)}.",
        _operation_list(ops, ctx.spec),
    ]
    return "\n\n".join(head + [section(ctx, op) for op in ops]) + "\n"


def _products(spec: Spec, page: str) -> str:
    rows = []
    for file, doc in spec.docs.items():
        if not doc.get("paths"):
            continue
        servers = {str(s.get("description")): f"`{s['url']}`" for s in doc.get("servers") or []}
        pages = sorted(
            {
                f"[{op.tag}]({relative(page, tag_page(op.tag))})"
                for op in spec.operations()
                if op.file == file and op.kind == "paths"
            }
        )
        title = str(doc["info"]["title"]).removeprefix("Midtrans ")
        rows.append([title, servers.get("Sandbox", ""), servers.get("Production", ""), ", ".join(pages)])
    return table(["Product", "Sandbox", "Production", "Pages"], rows)


def _auth_table(spec: Spec) -> str:
    """Each security scheme once (by name), with the products that use it."""
    seen: dict[str, tuple[str, list[str]]] = {}
    for file, doc in spec.docs.items():
        users = {name for op in spec.operations() if op.file == file for name, _ in spec.security(op)}
        for name, scheme in sorted(((doc.get("components") or {}).get("securitySchemes") or {}).items()):
            if name in users:
                entry = seen.setdefault(name, (cell(str(scheme.get("description", ""))), []))
                entry[1].append(str(doc["info"]["title"]).removeprefix("Midtrans "))
    return table(["Scheme", "Used by", "How"], [[f"`{n}`", ", ".join(u), d] for n, (d, u) in seen.items()])


def _optional_headers(spec: Spec) -> str:
    params = (spec.docs["common.yaml"].get("components") or {}).get("parameters") or {}
    rows = [[f"`{p['name']}`", cell(str(p.get("description", "")))] for p in params.values() if p.get("in") == "header"]
    return table(["Header", "What it does"], rows)


def _index(spec: Spec, ops: list[Operation]) -> str:
    page = INDEX
    pages = [f"- [{tag}]({relative(page, tag_page(tag))}): {_tag_description(spec, tag)[0]}" for tag in TAGS]
    downloads = [
        f"- {_spec_link(page, p.rsplit('/', 1)[-1])}: {cell(str(spec.docs[p.rsplit('/', 1)[-1]]['info']['title']))}"
        for p in spec_files(spec.dir.parent)
    ]
    parts = [
        front_matter(
            "API reference",
            "Every Midtrans API endpoint and notification: URLs, authentication, parameters, samples, responses "
            "and error codes.",
        ),
        "# API reference",
        f"This reference covers {len(ops)} endpoints and every notification Midtrans sends. It is generated from our "
        "OpenAPI 3.1 description, so the tables, samples and error codes on these pages match the spec files you can "
        "download below.",
        "## Products and servers",
        "Each product has a sandbox and a production server. Use the sandbox while you build; its keys start "
        "with `SB-`.",
        _products(spec, page),
        "## Authentication",
        "Every request authenticates with HTTP Basic auth: the key is the user name and the password is empty. "
        "Keep server keys and IRIS API keys on your backend.",
        _auth_table(spec),
        "## Common headers",
        table(["Header", "Value"], COMMON_HEADERS),
        "### Optional headers",
        "Some endpoints accept these; each endpoint's Headers table says which.",
        _optional_headers(spec),
        "## Check a request body",
        "Pick an endpoint and paste a JSON body: the checker lists every field the spec does not know, every wrong "
        "type or value, every missing required field, and a `gross_amount` that differs from the sum of "
        "`item_details` price × quantity, each with its JSON path. It validates against the same spec, in your "
        "browser; the body is not sent anywhere.",
        '<div class="mt-tool" data-tool="request-checker" markdown>\n'
        "The checker needs JavaScript. Without it, compare your body with the request table of its endpoint on the "
        "pages below.\n</div>",
        "## Pages",
        "\n".join(pages),
        f"- [Notifications]({relative(page, NOTIFICATIONS)}): every HTTP notification body, per payment method "
        "and status.",
        f"- [Error codes and responses]({relative(page, ERRORS_PAGE)}): what each status code means and how to fix it.",
        "## Download the spec",
        "The spec is split by product. Files refer to each other with relative `$ref`s (`common.yaml` holds the "
        "shared schemas), so download them into one folder before you import them into your API client or code "
        "generator.",
        "\n".join(downloads),
    ]
    return "\n\n".join(parts) + "\n"


def _notifications(ctx: Context, hooks: list[Operation]) -> str:
    hooks = sorted(hooks, key=lambda op: op.file != "notifications.yaml")
    guide = relative(ctx.page, "after-payment/http-notification.md")
    iris = relative(ctx.page, "iris/notifications.md")
    parts = [
        front_matter(
            "Notifications",
            "Every HTTP notification Midtrans and IRIS send: body per payment method and status, fields and signature.",
        ),
        "# Notifications",
        "Midtrans posts a JSON body to your notification URL whenever a transaction, subscription, GoPay account "
        f"link, refund or payout changes. This page lists every body; [Webhook HTTP notification]({guide}) explains "
        "how to receive them.",
        "## Verify the signature",
        "Payment, refund and Payment Link notifications carry `signature_key`: the lowercase hex SHA-512 of "
        "`order_id` + `status_code` + `gross_amount` + your server key, concatenated as strings exactly as received. "
        "Recompute it and drop the notification if it differs. Then confirm the status with Get Status before you "
        "fulfill the order. Subscription and GoPay account notifications carry no signature; "
        "confirm them with the API.",
        "IRIS notifications carry an `Iris-Signature` header instead: the SHA-512 of the raw body followed by your "
        f"IRIS merchant key. See [IRIS notifications]({iris}).",
        _operation_list(hooks, ctx.spec),
    ]
    return "\n\n".join(parts + [webhook_section(ctx, op) for op in hooks]) + "\n"


def llms_section(root: Path, site_url: str) -> str:
    """The part of llms.txt that points agents at the spec files."""
    base = site_url.rstrip("/")
    lines = ["## OpenAPI spec", ""]
    lines += [f"- [{path.rsplit('/', 1)[-1]}]({base}/{path})" for path in spec_files(root)]
    return "\n".join(lines)

"""`midtrans-docs mcp`: a Model Context Protocol server over stdio, for coding agents.

Built with the official `mcp` Python SDK (its `MCPServer`: tool schemas from the type hints, stdio transport);
this module only declares the six tools and maps bad input to tool errors. It reads the built site (Markdown
twins, the article HTML for search) and the project's openapi/ and data/ files, and opens no network
connection. Add it to an MCP client with `command: <checkout>/.venv/bin/midtrans-docs`, `args: ["mcp"]`.
"""

from __future__ import annotations

import argparse
import json
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

from midtrans_docs import ROOT

from . import knowledge
from .search import Index

INSTRUCTIONS = """Midtrans developer documentation (Snap, Core API, Payment Link, IRIS disbursement), offline.
Start with search_docs, then get_page for the page and get_operation for an endpoint's fields. Before showing
a request body, run check_request. Rules: build against the sandbox first (api.sandbox.midtrans.com,
app.sandbox.midtrans.com, SB-Mid-server- keys); the server key never goes to a browser or app; verify a
notification's signature_key and re-check GET /v2/{order_id}/status before fulfilling an order; send each order
a unique order_id and retry with the same one (Idempotency-Key for Core API)."""

Lang = Literal["en", "id"]
SampleLanguage = Literal["curl", "python", "node", "php", "java", "go"]
# The arguments, with what an agent reads about each (the tools' JSON Schemas are drawn from these).
Query = Annotated[str, Field(description="What you look for, as a merchant would type it", max_length=500)]
Edition = Annotated[Lang, Field(description="Edition: 'en' or 'id' (a path with /id/ picks 'id' itself)")]
Limit = Annotated[int, Field(ge=1, le=20, description="How many pages to return")]
PagePath = Annotated[str, Field(description="Page path or URL", max_length=500)]
OperationRef = Annotated[str, Field(description="operationId or 'METHOD /path'", max_length=300)]
Sample = Annotated[SampleLanguage, Field(description="Language of the sample request")]
RequestBody = Annotated[dict[str, Any] | list[Any] | str, Field(description="The JSON body (object or JSON text)")]
Notification = Annotated[dict[str, Any] | str, Field(description="The notification body as received")]
ServerKey = Annotated[str, Field(description="Server key of the environment that sent it", max_length=200)]
CodeOrMessage = Annotated[str, Field(description="e.g. '407', 'Z3' or the message", max_length=2000)]
Product = Annotated[
    str | None, Field(description="Optional: core-api, snap, payment-link, iris or card", max_length=40)
]
DESCRIPTIONS = {
    "search_docs": "Search the Midtrans docs. Returns the best pages first, each with title, url (below the site "
    "root; pass it to get_page), and the passage that matched. lang 'id' searches the Bahasa Indonesia edition.",
    "get_page": "The Markdown of one docs page, code samples included. path_or_url: a page path such as "
    "'core-api/gopay', '/id/snap/', a site URL or a search_docs url.",
    "get_operation": "One API operation from the OpenAPI spec: endpoint and hosts, parameters, every body field with "
    "type, required, enum and limits, responses, error codes, and a sample request in the asked language. "
    "operation: an operationId (e.g. 'chargeTransaction') or 'METHOD /path' (e.g. 'GET /v2/{order_id}/status').",
    "check_request": "Check a request body against the operation's schema in the spec before sending it: unknown "
    "fields, wrong types, bad enum values, missing required fields, gross_amount not equal to the item total. "
    "Each problem has the field's JSON path and pointer and the fix.",
    "verify_notification": "Check an HTTP notification's signature_key: SHA-512(order_id + status_code + "
    "gross_amount + server key), computed locally; the key is not stored or sent anywhere. Use a sandbox key.",
    "explain_error": "Meaning, common cause and fix of a Midtrans status_code, HTTP status, card "
    "channel_response_code or error message, from the docs' error-code table.",
}


def default_site(root: Path) -> Path:
    """The site `make test` builds (build/site), else the one `make build`/`make serve` writes (site/)."""
    for candidate in (root / "build" / "site", root / "site"):
        if (candidate / "index.html").is_file():
            return candidate
    return root / "build" / "site"


class _Server(MCPServer):
    """MCPServer, except that an argument a tool does not take is an error, not dropped: pydantic ignores it, so
    a misspelled `lagn: "id"` searched the English edition and the agent never knew."""

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        tool = self._tool_manager.get_tool(name)
        if tool is not None:
            known = sorted((tool.parameters or {}).get("properties") or {})
            unknown = sorted(set(arguments or {}) - set(known))
            if unknown:
                raise ToolError(
                    f"{name} takes no argument {', '.join(repr(u) for u in unknown)} → its arguments are "
                    f"{', '.join(known)}"
                )
        return await super().call_tool(name, arguments, context)


def create_server(root: Path = ROOT, site: Path | None = None) -> MCPServer:
    site_dir = site or default_site(root)
    server = _Server(name="midtrans-docs", instructions=INSTRUCTIONS, version="1.0.0")

    @cache
    def index() -> Index:
        if not (site_dir / "index.html").is_file():
            raise ToolError(
                f"no built site at {site_dir} → run `make build` (or `make test`) in {root}, or pass --site"
            )
        return Index(site_dir)

    def guarded(call: Any) -> Any:
        try:
            return call()
        except knowledge.BadInput as exc:
            raise ToolError(str(exc)) from None

    @server.tool(description=DESCRIPTIONS["search_docs"])
    def search_docs(query: Query, lang: Edition = "en", limit: Limit = 5) -> dict[str, Any]:
        if not query.strip():
            raise ToolError("query is empty → give words to search for, such as 'refund gopay'")
        hits = index().search(query, lang, limit)
        results = [
            {"title": h.title, "url": h.url + (f"#{h.anchor}" if h.anchor else ""), "page": h.url}
            | {"passage": h.passage, "score": h.score}
            for h in hits
        ]
        return {"query": query, "lang": lang, "results": results}

    @server.tool(description=DESCRIPTIONS["get_page"])
    def get_page(path_or_url: PagePath, lang: Edition = "en") -> dict[str, Any]:
        index()  # the same "no built site" message as search_docs
        return guarded(lambda: knowledge.page_markdown(site_dir, path_or_url, lang))

    @server.tool(description=DESCRIPTIONS["get_operation"])
    def get_operation(operation: OperationRef, language: Sample = "curl") -> dict[str, Any]:
        return guarded(lambda: knowledge.operation(root, operation, language))

    @server.tool(description=DESCRIPTIONS["check_request"])
    def check_request(operation: OperationRef, body: RequestBody) -> dict[str, Any]:
        return guarded(lambda: knowledge.check_request(root, operation, body))

    @server.tool(description=DESCRIPTIONS["verify_notification"])
    def verify_notification(body: Notification, server_key: ServerKey) -> dict[str, Any]:
        return guarded(lambda: knowledge.verify_notification(body, server_key))

    @server.tool(description=DESCRIPTIONS["explain_error"])
    def explain_error(status_code_or_message: CodeOrMessage, product: Product = None) -> dict[str, Any]:
        return guarded(lambda: knowledge.explain_error(root, status_code_or_message, product))

    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="midtrans-docs mcp", description="MCP server over stdio for the docs")
    parser.add_argument("--root", default=str(ROOT), help="project folder (default: this checkout)")
    parser.add_argument("--site", default=None, help="built site (default: build/site, else site/)")
    parser.add_argument("--list-tools", action="store_true", help="print the tools as JSON and exit")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    server = create_server(root, Path(args.site).resolve() if args.site else None)
    if args.list_tools:
        import anyio

        tools = anyio.run(server.list_tools)
        print(json.dumps([t.model_dump(mode="json", exclude_none=True) for t in tools], indent=2))
        return 0
    server.run("stdio")
    return 0

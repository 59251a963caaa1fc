"""Serve a built site on 127.0.0.1 (random port) in a thread, for the browser tests and Lighthouse.

Optionally with the headers of the site's `_headers` file (so a CSP violation shows up) and with
gzip, like the static hosts the site is published on.
"""

from __future__ import annotations

import functools
import gzip
import io
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".md", ".map")


def site_headers(site: Path) -> dict[str, str]:
    """Headers for every path from the site's _headers file (the `/*` block)."""
    file = site / "_headers"
    headers: dict[str, str] = {}
    if not file.exists():
        return headers
    block = None
    for line in file.read_text().splitlines():
        if line and not line.startswith((" ", "\t")):
            block = line.strip()
        elif block == "/*" and ":" in line:
            name, _, value = line.strip().partition(":")
            headers[name.strip()] = value.strip()
    return headers


class _Handler(SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}
    compress = False

    def log_message(self, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (
            not self.compress
            or "gzip" not in self.headers.get("Accept-Encoding", "")
            or path.suffix not in COMPRESSIBLE
            or not path.is_file()
            or not self.path.split("?")[0].endswith(("/", path.suffix))
        ):
            return super().send_head()
        body = _gzipped(str(path), path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that drops a connection (it navigated on, or canceled a fetch) is not an error: socketserver
        printed a BrokenPipeError traceback into the test output for each one. Anything else is still printed."""
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)):
            return
        super().handle_error(request, client_address)


@functools.lru_cache(maxsize=512)
def _gzipped(path: str, mtime_ns: int) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


@contextmanager
def serve(site: Path, with_headers: bool = False, compress: bool = False) -> Iterator[str]:
    """Yield the base URL (`http://127.0.0.1:PORT`, no trailing slash) while the site is served."""
    handler = type(
        "Handler", (_Handler,), {"extra_headers": site_headers(site) if with_headers else {}, "compress": compress}
    )
    server = _Server(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()

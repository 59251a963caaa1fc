"""Runs the Flask checkout app (samples/snap/checkout-app/app.py) with Midtrans replaced by the test's fake.

Usage: python tests/checkout_preload.py APP.py, with FAKE_MIDTRANS set to the fake's base URL.
Gap it fills: `responses` answers calls inside the test process only, and this app runs as its own process
(a server, as the reader runs it). Every request that `requests` (midtransclient's HTTP layer) would send to a
Midtrans host goes to the fake instead, naming its real host in X-Midtrans-Host; any other host is refused.
"""

from __future__ import annotations

import os
import runpy
import sys
from typing import Any
from unittest import mock
from urllib.parse import urlsplit, urlunsplit

import requests

FAKE = urlsplit(os.environ["FAKE_MIDTRANS"])
_send = requests.Session.request


def _to_fake(self: requests.Session, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
    parts = urlsplit(url)
    if not (parts.hostname or "").endswith(".midtrans.com"):
        raise ConnectionRefusedError(f"the checkout test allows Midtrans hosts only, not {url}")
    kwargs["headers"] = {**(kwargs.get("headers") or {}), "X-Midtrans-Host": parts.hostname}
    return _send(self, method, urlunsplit((FAKE.scheme, FAKE.netloc, parts.path, parts.query, "")), *args, **kwargs)


sys.argv = sys.argv[1:]
with mock.patch.object(requests.Session, "request", _to_fake):
    runpy.run_path(sys.argv[0], run_name="__main__")

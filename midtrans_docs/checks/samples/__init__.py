"""API samples under samples/: parse, execute with HTTP intercepted, compare.

A sample directory holds one flow in six languages (see CONTRIBUTING.md §5).
Python runs with the real `midtransclient`/`requests` under `responses`;
Node.js runs with the real `midtrans-client` under nock (tests/js/samples.test.cjs);
Java and Go compile with javac and go; PHP passes `php -l`. The request that
each language sends (or shows) is compared with the cURL sample.

    ../curl.py    a curl.sh (or a curl command in a page) read into the request it sends
    runners.py    each language run, compiled or linted; the request a Java or Go sample shows
    inclusion.py  check_inclusion: complete tab sets in the house order, no unused sample
    flows.py      check_samples: all six languages agree with cURL and the spec
    inline.py     check_inline_curl: curl commands written directly in pages
"""

from __future__ import annotations

from ..curl import (
    LANG_FILES,
    PRODUCTION_HOSTS,
    SANDBOX_HOSTS,
    Request,
    all_sample_files,
    mock_status,
    normalize_url,
    parse_curl,
    sample_dirs,
)
from .flows import COUNT_NAMES, check_samples
from .inclusion import check_inclusion
from .inline import check_inline_curl, inline_curl_commands, inline_curl_requests
from .runners import compile_go, compile_java, lint_php, response_variants, run_node, run_python, shown_request

__all__ = [
    "COUNT_NAMES",
    "LANG_FILES",
    "PRODUCTION_HOSTS",
    "SANDBOX_HOSTS",
    "Request",
    "all_sample_files",
    "check_inclusion",
    "check_inline_curl",
    "check_samples",
    "compile_go",
    "compile_java",
    "inline_curl_commands",
    "inline_curl_requests",
    "lint_php",
    "mock_status",
    "normalize_url",
    "parse_curl",
    "response_variants",
    "run_node",
    "run_python",
    "sample_dirs",
    "shown_request",
]

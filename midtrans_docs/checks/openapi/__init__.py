"""Everything against the OpenAPI spec in openapi/: the spec itself (openapi-spec-validator,
`$ref`s, operationIds, x-samples, x-error-codes, x-guide), its own examples, the samples' responses,
the request, response and notification bodies on pages, and the Postman collection. The requests the
samples send are validated by checks/samples/ through `request_problems` here.

    bodies.py  a body against its operation: request_problems, response_problems and their helpers
    spec.py    check_spec, check_spec_examples: the spec itself
    usage.py   the samples, the blocks on pages and the Postman collection against the spec
"""

from __future__ import annotations

from .bodies import (
    amount_problems,
    error_ids,
    field_line,
    field_problems,
    heading_anchors,
    operation_label,
    rel,
    request_problems,
    response_problems,
    unknown_endpoint,
)
from .spec import check_spec, check_spec_examples
from .usage import (
    check_notification_blocks,
    check_postman_requests,
    check_request_blocks,
    check_response_blocks,
    check_sample_operations,
)

__all__ = [
    "amount_problems",
    "check_notification_blocks",
    "check_postman_requests",
    "check_request_blocks",
    "check_response_blocks",
    "check_sample_operations",
    "check_spec",
    "check_spec_examples",
    "error_ids",
    "field_line",
    "field_problems",
    "heading_anchors",
    "operation_label",
    "rel",
    "request_problems",
    "response_problems",
    "unknown_endpoint",
]

"""The clients' format and typed-map checks agree with the mock (which validates with jsonschema, formats included).

For every spec-derived case of the newer rules (``format``, values of an ``additionalProperties`` map): the same call
sent with ``validate_request=False`` is refused by the mock too, and the valid call of that operation, which the client
accepts, is not refused by the mock as a bad request. Below the calls, the runtime's format tests against the mock's
format checker: every string a client accepts, the mock accepts (the client may be stricter: a URL needs a host).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

import specmock
from specmock.validation.schemas import FORMATS
from tests.clients.speclib import vendors
from tests.clients.validation_cases import BAD_FORMAT, EXTRA_KEY, Case, Operation, all_operations, cases, package
from tests.runtime.test_formats import SAMPLES

VENDORS = vendors()
NEW_RULES = [
    c for c in cases(all_operations(VENDORS)) if c.rule in ("format", "additionalProperties") or EXTRA_KEY in c.path
]
OPERATIONS = list({case.op.id: case.op for case in NEW_RULES}.values())
REFUSED = (400, 404, 422)  # a bad path parameter is "not found" on the vendors' APIs and on the mock


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, Any]]:
    """One client per vendor with such cases, on its own mock."""
    keys = {case.op.vendor.key for case in NEW_RULES}
    with contextlib.ExitStack() as stack:
        made = {}
        for vendor in VENDORS:
            if vendor.key in keys:
                server = stack.enter_context(specmock.running(vendor.key))
                made[vendor.key] = getattr(package(vendor), vendor.client_class)(
                    **server.client_kwargs(), max_retries=0
                )
        yield made


def _status(op: Operation, client: Any, kwargs: dict[str, Any]) -> int:
    pkg = package(op.vendor)
    try:
        op.method(client)(**kwargs)
    except pkg.APIStatusError as exc:
        return int(exc.status_code)
    return 200


def test_there_are_cases_for_each_new_rule() -> None:
    assert {case.rule for case in NEW_RULES} >= {"format", "type", "enum"}
    assert {case.op.vendor.key for case in NEW_RULES if case.rule == "format"} >= {"cloudflare", "telnyx", "videosdk"}


@pytest.mark.parametrize("case", NEW_RULES, ids=lambda c: c.id)
def test_the_mock_refuses_what_the_client_refuses(case: Case, clients: dict[str, Any]) -> None:
    client = clients[case.op.vendor.key]
    assert _status(case.op, client, {**case.kwargs, "validate_request": False}) in REFUSED


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda o: o.id)
def test_the_mock_accepts_what_the_client_accepts(op: Operation, clients: dict[str, Any]) -> None:
    assert _status(op, clients[op.vendor.key], op.valid_kwargs()) not in (400, 422)


@pytest.mark.parametrize("fmt", SAMPLES)
def test_the_mock_accepts_every_value_the_client_accepts(fmt: str) -> None:
    test, good, bad = SAMPLES[fmt]
    accepted = [value for value in good + bad if test(value)]
    assert accepted
    assert [value for value in accepted if not FORMATS.conforms(value, fmt)] == []


def test_both_refuse_the_bad_values_the_cases_send() -> None:
    for fmt, value in BAD_FORMAT.items():
        checked = "uri" if fmt == "url" else fmt
        assert not FORMATS.conforms(value, checked), value
        assert not SAMPLES[checked][0](value), value

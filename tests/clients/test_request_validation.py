"""Every rule the specs put on an argument is checked before anything is sent, for every operation of every vendor.

The cases come from the specs (tests/clients/validation_cases.py): for each constrained path/query parameter and
request-body field, one value that breaks each rule. The client's transport fails the test if it is called. The
valid call and, with validation turned off, the rule-breaking calls do reach the transport.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.clients.speclib import vendors
from tests.clients.validation_cases import Case, Operation, all_operations, cases, client_kwargs, package

VENDORS = vendors()
OPERATIONS = all_operations(VENDORS)
CASES = list(cases(OPERATIONS))


def _refuse(request: httpx.Request) -> httpx.Response:
    pytest.fail(f"a request was sent: {request.method} {request.url}")


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json={})


def _call(op: Operation, transport: Any, kwargs: dict[str, Any], **client_options: Any) -> Any:
    pkg = package(op.vendor)
    client = getattr(pkg, op.vendor.client_class)(**client_kwargs(op.vendor, transport), **client_options)
    try:
        return op.method(client)(**kwargs)
    except pkg.APIError as exc:
        if isinstance(exc, pkg.RequestValidationError):
            raise
        return exc  # the answer ({} for everything) need not parse: what matters is what was sent


def test_every_vendor_has_cases() -> None:
    assert {case.op.vendor.key for case in CASES} == {vendor.key for vendor in VENDORS}
    assert len(CASES) > 100


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_a_broken_rule_is_refused_before_the_wire(case: Case) -> None:
    pkg = package(case.op.vendor)
    with pytest.raises(pkg.RequestValidationError) as caught:
        _call(case.op, httpx.MockTransport(_refuse), case.kwargs)
    error: Any = caught.value
    assert isinstance(caught.value, ValueError)
    assert (error.path, error.rule) == (case.path, case.rule), str(error)
    assert error.operation == case.op.operation["operationId"]
    assert str(error).startswith(f"{error.operation}: {case.path}: ")


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda o: o.id)
def test_valid_arguments_go_through(op: Operation) -> None:
    recorder = Recorder()
    _call(op, httpx.MockTransport(recorder), op.valid_kwargs())
    assert len(recorder.requests) == 1
    body = op.valid_kwargs().get("body")
    if body is not None:  # a plain dict body is sent as given
        assert recorder.requests[0].read() and httpx.Response(200, content=recorder.requests[0].content).json() == body


@pytest.mark.parametrize("case", [c for c in CASES if not c.always], ids=lambda c: c.id)
@pytest.mark.parametrize("where", ["client", "call"])
def test_validation_can_be_turned_off(case: Case, where: str) -> None:
    recorder = Recorder()
    if where == "client":
        _call(case.op, httpx.MockTransport(recorder), case.kwargs, validate_requests=False)
    else:
        _call(case.op, httpx.MockTransport(recorder), {**case.kwargs, "validate_request": False})
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("case", [c for c in CASES if c.always], ids=lambda c: c.id)
def test_an_empty_path_parameter_is_refused_even_with_validation_off(case: Case) -> None:
    pkg = package(case.op.vendor)
    with pytest.raises(pkg.RequestValidationError):
        _call(case.op, httpx.MockTransport(_refuse), case.kwargs, validate_requests=False)

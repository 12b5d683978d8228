"""The typed error model: every documented error example, answered by a fake server, reaches the caller as the
package's ``APIStatusError`` subclass with ``error`` parsed into the package's ``ErrorModel``, and mypy sees that type.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from tests.clients.speclib import Vendor, operations, response_examples, vendors

ROOT = Path(__file__).resolve().parents[2]
CASES = [
    pytest.param(vendor, op, status, value, id=f"{vendor.key}-{op['operationId']}-{status}-{name}")
    for vendor in vendors()
    for _, _, op in operations(vendor)
    for status, name, value, _ in response_examples(vendor, op)
    if status[0] in "45" or status == "default"
]


def _code(status: str) -> int:
    return int(status) if status.isdigit() else (int(status[0]) * 100 if status[0].isdigit() else 500)


def _client(vendor: Vendor, answer: httpx.Response) -> Any:
    client_module = importlib.import_module(vendor.package + ".client")
    credentials = {scheme.arg: "dummy-credential-1234" for scheme in client_module.SCHEMES}
    http = httpx.Client(transport=httpx.MockTransport(lambda request: answer))
    return vendor.client(http_client=http, **credentials)


def _call(vendor: Vendor, op: dict[str, Any], answer: httpx.Response) -> Any:
    """Send one request through the package's client (its settings, its error classes) and return what it raised."""
    runtime = importlib.import_module(vendor.package + "._runtime")
    module = vendor.module(op)
    with _client(vendor, answer) as client, pytest.raises(runtime.APIStatusError) as info:
        client.call(
            runtime.Request(method="GET", path="/x"),
            module._parse,
            module._parse_error,
            runtime.RequestOptions(max_retries=0),
        )
    return info.value


def _json(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


@pytest.mark.parametrize(("vendor", "op", "status", "value"), CASES)
def test_documented_error_example_reaches_the_caller_as_the_typed_model(
    vendor: Vendor, op: dict[str, Any], status: str, value: Any
) -> None:
    errors = importlib.import_module(vendor.package + ".errors")
    package = importlib.import_module(vendor.package)
    exc = _call(vendor, op, httpx.Response(_code(status), json=value))
    assert isinstance(exc, errors.APIStatusError)
    assert type(exc).__module__ == errors.__name__, "the package's own class, not the runtime's"
    assert isinstance(exc, getattr(package, type(exc).__name__)), "exported by the package"
    assert isinstance(exc.error, errors.ErrorModel), (type(exc.error), value)
    assert exc.error.to_dict() == _json(exc.body)  # nothing dropped or invented
    assert exc.body == value


def _single_model_vendors() -> list[Vendor]:
    return [v for v in vendors() if isinstance(importlib.import_module(v.package + ".errors").ErrorModel, type)]


@pytest.mark.parametrize("vendor", _single_model_vendors(), ids=lambda v: v.key)
def test_an_undocumented_status_still_parses_as_the_envelope(vendor: Vendor) -> None:
    errors = importlib.import_module(vendor.package + ".errors")
    op, value = next(
        (cast(dict[str, Any], c.values[1]), c.values[3]) for c in CASES if cast(Vendor, c.values[0]).key == vendor.key
    )
    exc = _call(vendor, op, httpx.Response(599, json=value))
    assert type(exc) is errors.InternalServerError
    assert isinstance(exc.error, errors.ErrorModel)
    assert exc.error.to_dict() == _json(value)


@pytest.mark.parametrize("vendor", vendors(), ids=lambda v: v.key)
def test_a_body_that_is_not_json_keeps_error_none_and_the_raw_body(vendor: Vendor) -> None:
    op = next(op for _, _, op in operations(vendor))
    exc = _call(vendor, op, httpx.Response(404, text="<html>gateway</html>"))
    assert exc.error is None
    assert exc.body is None
    assert exc.raw_body == "<html>gateway</html>"


MYPY_SNIPPET = """
from {package} import APIStatusError, NotFoundError
def f(exc: NotFoundError, other: APIStatusError) -> None:
    reveal_type(exc.error)
    reveal_type(other.error)
"""


def test_mypy_sees_the_concrete_error_model(tmp_path: Path) -> None:
    found = list(vendors())
    for vendor in found:
        (tmp_path / f"use_{vendor.package}.py").write_text(MYPY_SNIPPET.format(package=vendor.package))
    paths = ":".join(str(p) for p in sorted((ROOT / "generated").glob("*/")))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": paths, "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    revealed = [line for line in result.stdout.splitlines() if "Revealed type" in line]
    assert len(revealed) == 2 * len(found), result.stdout + result.stderr
    for line in revealed:
        assert "Any" not in line and ".models." in line and line.rstrip().endswith('| None"'), line

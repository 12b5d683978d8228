"""Model reprs never print a credential (issue 11, item 7): presigned-URL signatures and ``x-secret`` fields.

Every documented success example of every operation is parsed after planting credentials in it: signatures in
every URL-like string, an extra (undeclared) field holding a presigned URL, and a value in every ``x-secret``
property its schema declares. ``repr()``/``str()`` of the parsed value, a log line and an exception message built
from it must contain none of them, while ``to_dict()`` still gives the data back unchanged.
"""

from __future__ import annotations

import copy
import importlib
import logging
from typing import Any, cast

import httpx
import pytest

from tests.clients.speclib import Vendor, operations, response_examples, vendors

SIGNATURE, CREDENTIAL, SECRET = "sigVALUE0123456789", "AKIAVALUE0123456789", "secretVALUE0123456789"
SIGNED = (
    f"https://bucket.test/f.mp4?X-Amz-Credential={CREDENTIAL}&X-Amz-Date=20240101T000000Z&X-Amz-Signature={SIGNATURE}"
)


def _schema(vendor: Vendor, schema: Any) -> dict[str, Any]:
    found: dict[str, Any] = vendor.resolve(schema or {})
    while "allOf" in found and len(found["allOf"]) == 1 and "properties" not in found:
        found = vendor.resolve(found["allOf"][0])
    return found


def _properties(vendor: Vendor, schema: dict[str, Any]) -> dict[str, Any]:
    props = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        props.update(_properties(vendor, _schema(vendor, part)))
    return props


def plant(vendor: Vendor, value: Any, schema: Any, planted: list[str]) -> Any:
    """``value`` with credentials planted as the module docstring says; ``planted`` lists where."""
    schema = _schema(vendor, schema)
    if isinstance(value, list):
        return [plant(vendor, item, schema.get("items"), planted) for item in value]
    if not isinstance(value, dict):
        return value
    props = _properties(vendor, schema)
    out = {}
    for key, item in value.items():
        sub = _schema(vendor, props.get(key))
        if isinstance(item, str) and item.startswith("http") and not sub.get("enum"):
            out[key] = SIGNED
            planted.append(key)
        else:
            out[key] = plant(vendor, item, sub, planted)
    for key, sub in props.items():
        if _schema(vendor, sub).get("x-secret"):
            out[key] = SECRET
            planted.append(key)
    if props:
        out["x_signed_link"] = SIGNED
        planted.append("x_signed_link")
    return out


CASES = [
    pytest.param(vendor, op, status, value, schema, id=f"{vendor.key}-{op['operationId']}-{status}-{name}")
    for vendor in vendors()
    for _, _, op in operations(vendor)
    for status, name, value, schema in response_examples(vendor, op)
    if status.startswith("2") and isinstance(value, dict | list)
]


def _to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_to_json(item) for item in parsed]
    return parsed.to_dict()


@pytest.mark.parametrize(("vendor", "op", "status", "value", "schema"), CASES)
def test_reprs_logs_and_messages_hide_credentials(vendor, op, status, value, schema, caplog) -> None:
    planted: list[str] = []
    body = plant(vendor, copy.deepcopy(value), schema, planted)
    assert planted
    request = httpx.Request("GET", "https://api.test/x")
    parsed = vendor.module(op)._parse(httpx.Response(int(status), json=body, request=request))
    caplog.set_level(logging.INFO, logger="test-model-repr")
    logging.getLogger("test-model-repr").info("parsed %s", parsed)
    shown = "\n".join([repr(parsed), str(parsed), caplog.text, str(RuntimeError(f"bad {parsed!r}"))])
    for credential in (SIGNATURE, CREDENTIAL, SECRET):
        assert credential not in shown
    assert "[REDACTED]" in shown
    assert _to_json(parsed) == _to_json(
        vendor.module(op)._parse(httpx.Response(int(status), json=body, request=request))
    )
    assert SIGNATURE in str(_to_json(parsed)), "redaction is for display only: the data keeps its URL"


def test_every_vendor_has_cases() -> None:
    assert {cast(Vendor, case.values[0]).key for case in CASES} == {vendor.key for vendor in vendors()}


SECRET_SCHEMAS = [
    pytest.param(vendor, name, schema, id=f"{vendor.key}-{name}")
    for vendor in vendors()
    for name, schema in vendor.spec["components"]["schemas"].items()
    if any(_schema(vendor, prop).get("x-secret") for prop in _properties(vendor, _schema(vendor, schema)).values())
]


def test_some_schemas_have_secret_fields() -> None:
    assert SECRET_SCHEMAS


@pytest.mark.parametrize(("vendor", "name", "schema"), SECRET_SCHEMAS)
def test_secret_fields_never_print(vendor: Vendor, name: str, schema: dict[str, Any], caplog) -> None:
    model = getattr(importlib.import_module(f"{vendor.package}.models"), name)
    planted: list[str] = []
    body = plant(vendor, copy.deepcopy(schema["example"]), schema, planted)
    assert len(planted) > 1
    parsed = model.from_dict(body)
    caplog.set_level(logging.INFO, logger="test-model-repr")
    logging.getLogger("test-model-repr").info("parsed %s", parsed)
    shown = "\n".join([repr(parsed), str(parsed), caplog.text, repr([parsed])])
    assert SECRET not in shown and SIGNATURE not in shown
    assert parsed.to_dict() == body

"""Every documented response example of every operation parses into the generated models, and survives additions.

Success examples go through the operation's ``_parse``; error examples through ``_parse_error`` (the typed vendor
envelope on ``APIStatusError.error``). Each example is also re-parsed with an unknown field added at every object
level and every enum value replaced by one the spec does not know: nothing may fail and nothing may be lost.
"""

from __future__ import annotations

import copy
import datetime
import enum
from typing import Any, cast

import httpx
import pytest

from tests.clients.speclib import Vendor, operations, response_examples, vendors

CASES = [
    pytest.param(vendor, op, status, name, value, schema, id=f"{vendor.key}-{op['operationId']}-{status}-{name}")
    for vendor in vendors()
    for _, _, op in operations(vendor)
    for status, name, value, schema in response_examples(vendor, op)
]
UNKNOWN = "value-this-spec-does-not-know"


def _normalise(value: Any) -> Any:
    """Compare JSON semantically: ISO timestamps as instants, everything else as is."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def _properties(vendor: Vendor, schema: dict[str, Any]) -> dict[str, Any]:
    schema = vendor.resolve(schema)
    props = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        props.update(_properties(vendor, part))
    return props


def _mutate(vendor: Vendor, value: Any, schema: dict[str, Any], changed: list[str], where: str = "") -> Any:
    """Add an unknown field to every object and swap every enum value for an unknown one."""
    schema = vendor.resolve(schema)
    if "allOf" in schema and len(schema["allOf"]) == 1 and "properties" not in schema:
        schema = vendor.resolve(schema["allOf"][0])
    if isinstance(value, dict):
        props = _properties(vendor, schema)
        out = {k: _mutate(vendor, v, props.get(k, {}), changed, f"{where}.{k}") for k, v in value.items()}
        if props:
            out["x_unknown_field_added_by_test"] = {"nested": [1, "two"]}
            changed.append(f"{where}.x_unknown_field_added_by_test")
        return out
    if isinstance(value, list):
        return [_mutate(vendor, v, schema.get("items", {}), changed, f"{where}[]") for v in value]
    if isinstance(value, str) and schema.get("enum"):
        changed.append(f"{where}={UNKNOWN}")
        return UNKNOWN
    return value


def _parse(vendor: Vendor, op: dict[str, Any], status: str, value: Any) -> Any:
    module = vendor.module(op)
    code = int(status) if status.isdigit() else (int(status[0]) * 100 if status[0].isdigit() else 500)
    if code >= 400:
        return module._parse_error(code, value)
    request = httpx.Request("GET", "https://api.test/x")
    return module._parse(httpx.Response(code, json=value, request=request))


def _to_json(parsed: Any) -> Any:
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [_to_json(item) for item in parsed]
    if isinstance(parsed, enum.Enum):
        return parsed.value
    return parsed


def test_there_are_examples_for_every_vendor() -> None:
    keys = {cast(Vendor, case.values[0]).key for case in CASES}
    assert keys == {v.key for v in vendors()}


@pytest.mark.parametrize(("vendor", "op", "status", "name", "value", "schema"), CASES)
def test_example_parses_and_round_trips(vendor, op, status, name, value, schema) -> None:
    parsed = _parse(vendor, op, status, copy.deepcopy(value))
    if isinstance(value, dict | list):
        assert parsed is not None, "a documented JSON body must parse into a model"
        assert not isinstance(parsed, dict), "bodies with named schemas parse into generated classes"
    assert _normalise(_to_json(parsed)) == _normalise(value)


def _extendable(case: Any) -> bool:
    vendor, _, _, _, value, schema = case.values
    changed: list[str] = []
    _mutate(vendor, copy.deepcopy(value), schema, changed)
    return bool(changed)


@pytest.mark.parametrize(("vendor", "op", "status", "name", "value", "schema"), [c for c in CASES if _extendable(c)])
def test_unknown_fields_and_enum_values_are_kept(vendor, op, status, name, value, schema) -> None:
    changed: list[str] = []
    mutated = _mutate(vendor, copy.deepcopy(value), schema, changed)
    assert changed
    parsed = _parse(vendor, op, status, copy.deepcopy(mutated))
    assert _normalise(_to_json(parsed)) == _normalise(mutated)

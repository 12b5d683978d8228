"""Every vendor sample payload in ``specs/*/reference/`` is accepted by our spec and parsed by the generated client.

``specs/<vendor>/reference/samples.yaml`` says what each payload is: a request body (validated in write mode), a
response of a status (read mode, then through the operation's ``_parse`` / ``_parse_error``), the query parameters
of an operation, or a component schema. Its ``allow`` list records the samples the spec knowingly rejects, each
with the exact errors and the reason; an allowed error that no longer occurs fails too (the entry is stale), and
every entry of each listed sample file must be a sample or a ``not-samples`` line with a reason, so a sample added
later cannot be skipped silently.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from speccore.pointer import join, resolve_ref, split
from speccore.yamlfile import load_yaml
from tests.clients.speclib import Vendor, operations, vendors

KINDS = {"request", "response", "query"}


def _manifest(vendor: Vendor) -> dict[str, Any]:
    path = vendor.facts.spec_path.parent / "reference" / "samples.yaml"
    data = load_yaml(path)
    assert isinstance(data, dict), f"{path}: a mapping"
    return data


def _load(vendor: Vendor, name: str) -> Any:
    return json.loads((vendor.facts.spec_path.parent / "reference" / name).read_text(encoding="utf-8"))


def _operation(vendor: Vendor, operation_id: str) -> dict[str, Any]:
    found = [op for _, _, op in operations(vendor) if op.get("operationId") == operation_id]
    assert len(found) == 1, f"{vendor.key}: no operation {operation_id!r}"
    return found[0]


def _registry(vendor: Vendor) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(vendor.spec, default_specification=DRAFT4)
    registry: Registry[Any] = Registry[Any]().with_resource("spec.json", resource)
    return registry


def errors(vendor: Vendor, schema: Any, value: Any, validator_cls: Any) -> list[str]:
    """``"<json path>: <rule>"`` for each way ``value`` breaks ``schema`` (an empty list: accepted)."""
    registry = _registry(vendor)
    validator = validator_cls(schema, registry=registry, format_checker=oas30_format_checker)
    validator = validator.evolve(_resolver=registry.resolver(base_uri="spec.json"))
    return sorted({f"{e.json_path}: {e.validator}" for e in _leaves(list(validator.iter_errors(value)))})


def _leaves(found: list[Any]) -> list[Any]:
    """A ``oneOf``/``anyOf`` failure becomes the errors of its closest branch: one whose type matches, fewest errors."""
    out = []
    for error in found:
        if error.validator in ("oneOf", "anyOf") and error.context:
            branches: dict[Any, list[Any]] = {}
            for sub in error.context:
                branches.setdefault(sub.relative_schema_path[0], []).append(sub)
            typed = [b for b in branches.values() if not any(e.validator == "type" and not e.path for e in b)]
            out += _leaves(min(typed or list(branches.values()), key=len))
        else:
            out.append(error)
    return out


def _schema_of(vendor: Vendor, sample: dict[str, Any]) -> tuple[Any, Any]:
    """(schema, validator class) the sample must satisfy."""
    if "schema" in sample:
        return {"$ref": f"#/components/schemas/{sample['schema']}"}, OAS30ReadValidator
    op = _operation(vendor, sample["operation"])
    if sample["kind"] == "request":
        body = vendor.resolve(op["requestBody"])
        return body["content"]["application/json"]["schema"], OAS30WriteValidator
    response = vendor.resolve(op["responses"][str(sample["status"])])
    return response["content"]["application/json"]["schema"], OAS30ReadValidator


def _query_errors(vendor: Vendor, sample: dict[str, Any], value: dict[str, Any]) -> list[str]:
    op = _operation(vendor, sample["operation"])
    params = {p["name"]: p for p in (vendor.resolve(p) for p in op.get("parameters", [])) if p["in"] == "query"}
    found = []
    for name, item in value.items():
        if name not in params:
            found.append(f"$.{name}: unknown-parameter")
            continue
        found += [f"$.{name}{e[1:]}" for e in errors(vendor, params[name]["schema"], item, OAS30WriteValidator)]
    return sorted(found)


def check(vendor: Vendor, sample: dict[str, Any]) -> list[str]:
    value = resolve_ref(_load(vendor, sample["file"]), "#" + sample["pointer"])
    if sample.get("kind") == "query":
        return _query_errors(vendor, sample, value)
    schema, validator_cls = _schema_of(vendor, sample)
    return errors(vendor, schema, value, validator_cls)


def parse(vendor: Vendor, sample: dict[str, Any]) -> Any:
    """The sample response through the generated client: ``_parse`` for 2xx, ``_parse_error`` (typed) above."""
    value = resolve_ref(_load(vendor, sample["file"]), "#" + sample["pointer"])
    module = vendor.module(_operation(vendor, sample["operation"]))
    status = int(sample["status"])
    if status >= 400:
        return module._parse_error(status, value)
    request = httpx.Request("GET", "https://api.test/x")
    return module._parse(httpx.Response(status, json=value, request=request))


SAMPLE_LIST = [(v, s) for v in vendors() for s in _manifest(v).get("samples") or []]
SAMPLES = [pytest.param(v, s, id=f"{v.key}:{s['id']}") for v, s in SAMPLE_LIST]
RESPONSES = [pytest.param(v, s, id=f"{v.key}:{s['id']}") for v, s in SAMPLE_LIST if s.get("kind") == "response"]


def test_every_vendor_has_a_manifest_with_samples() -> None:
    assert {v.key for v, _ in SAMPLE_LIST} == {v.key for v in vendors()}


@pytest.mark.parametrize("vendor", vendors(), ids=lambda v: v.key)
def test_manifest_is_well_formed(vendor: Vendor) -> None:
    manifest = _manifest(vendor)
    ids = [s["id"] for s in manifest["samples"]]
    assert len(ids) == len(set(ids)), "duplicate sample ids"
    for sample in manifest["samples"]:
        assert ("schema" in sample) != ("operation" in sample), sample["id"]
        if "operation" in sample:
            assert sample["kind"] in KINDS, sample["id"]
            assert sample["kind"] != "response" or "status" in sample, sample["id"]
    for entry in manifest.get("allow") or []:
        assert entry["sample"] in ids and entry["errors"] and len(str(entry.get("reason", ""))) > 40, entry
    for entry in manifest.get("not-samples") or []:
        assert len(str(entry.get("reason", ""))) > 15, entry


@pytest.mark.parametrize("vendor", vendors(), ids=lambda v: v.key)
def test_every_entry_of_every_sample_file_is_accounted_for(vendor: Vendor) -> None:
    manifest = _manifest(vendor)
    listed = [(s["file"], s["pointer"]) for s in manifest["samples"]] + [
        (n["file"], n["pointer"]) for n in manifest.get("not-samples") or []
    ]
    missing = []
    for name, depth in manifest["files"].items():
        for pointer in _entries(_load(vendor, name), depth):
            if not any(f == name and _within(pointer, p) for f, p in listed):
                missing.append(f"{name}#{pointer}")
    assert missing == [], "sample entries neither checked nor excused in samples.yaml"


def _entries(doc: Any, depth: int, prefix: tuple[str, ...] = ()) -> list[str]:
    if depth == 0 or not isinstance(doc, dict):
        return [join(*prefix)]
    out = []
    for key, value in doc.items():
        if not key.startswith("_"):
            out += _entries(value, depth - 1, (*prefix, key))
    return out


def _within(entry: str, pointer: str) -> bool:
    """Is the sample at ``pointer`` inside (or equal to, or a parent of) the file entry ``entry``?"""
    a, b = split(entry), split(pointer)
    n = min(len(a), len(b))
    return a[:n] == b[:n]


@pytest.mark.parametrize(("vendor", "sample"), SAMPLES)
def test_sample_is_accepted_by_our_spec(vendor: Vendor, sample: dict[str, Any]) -> None:
    allowed = [a for a in _manifest(vendor).get("allow") or [] if a["sample"] == sample["id"]]
    expected = sorted(allowed[0]["errors"]) if allowed else []
    assert check(vendor, sample) == expected


@pytest.mark.parametrize(("vendor", "sample"), RESPONSES)
def test_response_sample_parses_through_the_client(vendor: Vendor, sample: dict[str, Any]) -> None:
    parsed = parse(vendor, sample)
    if int(sample["status"]) >= 400:
        assert parsed is not None and type(parsed).__name__ == "ErrorResponse"  # exc.error is typed
    else:
        value = resolve_ref(_load(vendor, sample["file"]), "#" + sample["pointer"])
        assert parsed is not None or value is None


def test_a_rejected_sample_is_reported_with_path_and_rule() -> None:
    vendor = next(v for v in vendors() if v.key == "superviz")
    sample = {"id": "t", "operation": "listRecordings", "kind": "response", "status": "200"}
    schema, cls = _schema_of(vendor, sample)
    bad = {"data": [{"uuid": "5323c958-ecbd-4358-b85d-0bf5b82d7f27", "status": "gone"}]}
    assert errors(vendor, schema, bad, cls) == ["$.data[0].status: enum", "$.data[0]: required"]
    assert errors(vendor, schema, [bad["data"][0]], cls) == ["$[0].status: enum", "$[0]: required"]


@pytest.mark.parametrize("vendor", vendors(), ids=lambda v: v.key)
def test_no_unverified_response_is_on_the_happy_path(vendor: Vendor) -> None:
    """A success status no source shows (``x-unverified`` on a 1xx-3xx response) would widen the return type."""
    unverified = [
        f"{method.upper()} {path} {status}"
        for path, method, op in operations(vendor)
        for status, response in op.get("responses", {}).items()
        if status[0] in "123" and "x-unverified" in vendor.resolve(response)
    ]
    assert unverified == []

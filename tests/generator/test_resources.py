"""The generated clients document themselves, read from each vendor's spec: one resources/<tag>.py per tag, every
public method's docstring carrying the operation's summary, description and an Args entry per parameter; client.py
only wires the resources; endpoint modules build no empty params/headers and no duplicate success branch."""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client import strings

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "patch")


def _vendors() -> list[tuple[str, dict[str, Any], str, str]]:
    found = []
    for spec_path in sorted((ROOT / "specs").glob("*/openapi.yaml")):
        config = yaml.safe_load((spec_path.parent / "package.yaml").read_text(encoding="utf-8"))
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        found.append((spec_path.parent.name, spec, config["package"], config["client-class"]))
    return found


VENDORS = _vendors()


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """``(path, method, operation, parameters)``, path-level parameters merged in."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                merged = {}
                for entry in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                    param = _resolve(spec, entry)
                    merged[(param["name"], param["in"])] = param
                yield path, method, op, list(merged.values())


def _flat(text: str) -> str:
    return " ".join(text.split())


def _args(doc: str) -> dict[str, str]:
    """``name -> text`` of a Google-style Args section (continuation lines joined)."""
    lines = doc.split("\nArgs:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    entries: dict[str, str] = {}
    name = ""
    for line in lines:
        if line.startswith("    ") and not line.startswith("        ") and ":" in line:
            name, _, text = line.strip().partition(":")
            entries[name] = text.strip()
        elif name:
            entries[name] += " " + line.strip()
    return entries


def _resource_classes(package: str, tag: str) -> list[type]:
    module = importlib.import_module(f"{package}.resources.{tag}")
    base = strings.ClassName(tag, "field_")
    names = [f"{base}Resource", f"Async{base}Resource"]
    return [getattr(module, name) for name in [*names, *(n + "WithRawResponse" for n in names)]]


CASES = [
    pytest.param(spec, package, path, method, op, params, id=f"{key}-{op['operationId']}")
    for key, spec, package, _ in VENDORS
    for path, method, op, params in _operations(spec)
]


@pytest.mark.parametrize(("spec", "package", "path", "method", "op", "params"), CASES)
def test_every_public_method_documents_the_operation(
    spec: dict[str, Any], package: str, path: str, method: str, op: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    tag = str(strings.PythonIdentifier(op["tags"][0], "tag"))
    expected = {str(strings.PythonIdentifier(p["name"], "field_")): p for p in params}
    if op.get("requestBody"):
        expected["body"] = _resolve(spec, op["requestBody"])
    for cls in _resource_classes(package, tag):
        function = getattr(cls, op["x-method-name"])
        doc = inspect.getdoc(function)
        assert doc, f"{cls.__name__}.{op['x-method-name']} has no docstring"
        assert _flat(op["summary"]) in _flat(doc)
        if op.get("description"):
            assert _flat(op["description"]) in _flat(doc)
        assert f"{method.upper()} {path}" in doc
        args = _args(doc)
        signature = set(inspect.signature(function).parameters) - {"self"}
        assert set(expected) <= signature, f"{cls.__name__}.{op['x-method-name']}: spec parameters not in signature"
        assert set(args) == signature, f"{cls.__name__}.{op['x-method-name']}: Args does not match the signature"
        for name, param in expected.items():
            described = param.get("description") or _resolve(spec, param.get("schema", {})).get("description")
            if described:
                assert _flat(described).rstrip(".") in args[name], (cls.__name__, name)
        for name, param in expected.items():
            schema = _resolve(spec, param.get("schema", {}))
            if "default" in schema:
                assert f"efault ``{schema['default']!r}``" in args[name], (cls.__name__, name)
            for key, label in (("minimum", "minimum"), ("maximum", "maximum")):
                if key in schema:
                    assert f"{label} {schema[key]}" in args[name].lower(), (cls.__name__, name)
        assert "Returns:" in doc and "Raises:" in doc


@pytest.mark.parametrize(("key", "spec", "package", "client_class"), VENDORS, ids=[v[0] for v in VENDORS])
def test_resource_classes_carry_the_tag_description(
    key: str, spec: dict[str, Any], package: str, client_class: str
) -> None:
    for entry in spec.get("tags") or []:
        tag = str(strings.PythonIdentifier(entry["name"], "tag"))
        for cls in _resource_classes(package, tag):
            assert _flat(entry["description"]).rstrip(".") in _flat(inspect.getdoc(cls) or "")
            assert cls.__module__ == f"{package}.resources.{tag}"


@pytest.mark.parametrize(("key", "spec", "package", "client_class"), VENDORS, ids=[v[0] for v in VENDORS])
def test_client_module_only_wires_the_resources(
    key: str, spec: dict[str, Any], package: str, client_class: str
) -> None:
    module = importlib.import_module(f"{package}.client")
    tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    assert set(classes) == {client_class, "Async" + client_class}
    for node in classes.values():
        methods = {n.name for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        assert methods == {"__init__", "download"}
    tags = {str(strings.PythonIdentifier(op["tags"][0], "tag")) for _, _, op, _ in _operations(spec)}
    client = getattr(module, client_class)(base_url="http://127.0.0.1:9", **_credentials(spec))
    for tag in tags:
        resource = getattr(client, tag)
        assert type(resource).__module__ == f"{package}.resources.{tag}"
        assert type(resource.with_raw_response).__module__ == f"{package}.resources.{tag}"
    client.close()


def _credentials(spec: dict[str, Any]) -> dict[str, str]:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    return {scheme["x-client-arg"]: "test-credential" for scheme in schemes.values()}


@pytest.mark.parametrize(("spec", "package", "path", "method", "op", "params"), CASES)
def test_endpoint_modules_build_only_what_the_operation_has(
    spec: dict[str, Any], package: str, path: str, method: str, op: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    tag = str(strings.PythonIdentifier(op["tags"][0], "tag"))
    module = importlib.import_module(f"{package}.api.{tag}.{strings.PythonIdentifier(op['operationId'], 'field_')}")
    build = inspect.getsource(module._build_request)
    parse = inspect.getsource(module._parse)
    locations = {p["in"] for p in params}
    assert ("headers: dict[str, str] = {}" in build) == ("header" in locations)
    assert ("params: list[tuple[str, str]] = []" in build) == ("query" in locations)
    successes = [code for code in op["responses"] if str(code)[0] in "123"]
    assert ("response.status_code" in parse) == (len(successes) > 1)

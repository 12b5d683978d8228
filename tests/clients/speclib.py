"""Reading the vendor specs in tests: operations, examples, and the generated module of each operation."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import strings

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "patch")


@dataclasses.dataclass(frozen=True)
class Vendor:
    key: str
    spec: dict[str, Any]
    package: str
    client_class: str

    def module(self, operation: dict[str, Any]) -> types.ModuleType:
        tag = str(strings.PythonIdentifier(operation["tags"][0], "tag"))
        name = str(strings.PythonIdentifier(operation["operationId"], "field_"))
        return importlib.import_module(f"{self.package}.api.{tag}.{name}")

    def client(self, **kwargs: Any) -> Any:
        package = importlib.import_module(self.package)
        return getattr(package, self.client_class)(**kwargs)

    def async_client(self, **kwargs: Any) -> Any:
        package = importlib.import_module(self.package)
        return getattr(package, "Async" + self.client_class)(**kwargs)

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node


def vendors() -> list[Vendor]:
    found = []
    for spec_path in sorted((ROOT / "specs").glob("*/openapi.yaml")):
        config = yaml.safe_load((spec_path.parent / "package.yaml").read_text())
        found.append(
            Vendor(
                key=spec_path.parent.name,
                spec=yaml.safe_load(spec_path.read_text()),
                package=config["package"],
                client_class=config["client-class"],
            )
        )
    return found


def operations(vendor: Vendor) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in vendor.spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def response_examples(vendor: Vendor, operation: dict[str, Any]) -> Iterator[tuple[str, str, Any, dict[str, Any]]]:
    """``(status, example name, value, schema)`` for every JSON example of every documented response."""
    for status, response in operation.get("responses", {}).items():
        response = vendor.resolve(response)
        media = (response.get("content") or {}).get("application/json")
        if not media:
            continue
        schema = vendor.resolve(media.get("schema", {}))
        if "example" in media:
            yield status, "example", copy.deepcopy(media["example"]), schema
        for name, example in (media.get("examples") or {}).items():
            example = vendor.resolve(example)
            if "value" in example:
                yield status, name, copy.deepcopy(example["value"]), schema
        if "example" in schema and "example" not in media and not media.get("examples"):
            yield status, "schema example", copy.deepcopy(schema["example"]), schema

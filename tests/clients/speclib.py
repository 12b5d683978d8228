"""Reading the vendor specs in tests: operations, examples, and the generated module of each operation."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import types
from collections.abc import Iterator
from typing import Any

from openapi_python_client import strings

from speccore import vendors as speccore_vendors
from speccore.operations import iter_operations
from speccore.pointer import deref
from speccore.yamlfile import load_yaml


@dataclasses.dataclass(frozen=True)
class Vendor:
    """A vendor's facts (``speccore.vendors.Vendor``) with its parsed spec, and its generated package's objects."""

    facts: speccore_vendors.Vendor
    spec: dict[str, Any]

    @property
    def key(self) -> str:
        return self.facts.key

    @property
    def package(self) -> str:
        return self.facts.package

    @property
    def client_class(self) -> str:
        return self.facts.client_class

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
        """``node`` with its local ``$ref`` chain followed."""
        return deref(self.spec, node, file=self.facts.spec_relpath)[0]


def vendors() -> list[Vendor]:
    found = []
    for key in speccore_vendors.discover():
        facts = speccore_vendors.load_vendor(key)
        found.append(Vendor(facts, load_yaml(facts.spec_path)))
    return found


def operations(vendor: Vendor) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(path, method, operation)`` of every operation (``speccore.operations.iter_operations``)."""
    for found in iter_operations(vendor.spec):
        yield found.path, found.method, found.operation


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

"""specs/<vendor>/mock.yaml: loaded, checked against the vocabulary (vocabulary.py here) and against the spec."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from ..errors import MockConfigError
from ..spec import Spec, load_yaml
from .vocabulary import MOCK_YAML_SCHEMA

__all__ = ["ROOT", "Vendor", "available_vendors", "load_vendor"]

ROOT = Path(__file__).resolve().parents[2]
_VALIDATOR = Draft202012Validator(MOCK_YAML_SCHEMA)


@dataclasses.dataclass(frozen=True)
class Vendor:
    """One vendor's spec and mock behaviour."""

    name: str
    spec: Spec
    mock: Mapping[str, Any]
    mock_path: Path

    @property
    def collections(self) -> Mapping[str, Mapping[str, Any]]:
        return self.mock.get("collections") or {}

    @property
    def operations(self) -> Mapping[str, Mapping[str, Any]]:
        return self.mock.get("operations") or {}

    def credentials(self) -> dict[str, str]:
        """The first accepted credential of every security scheme, by scheme name."""
        return {name: str(scheme["accept"][0]) for name, scheme in (self.mock.get("auth") or {}).items()}

    def client_kwargs(self) -> dict[str, str]:
        """Constructor arguments of the generated client that authenticate against the mock (``x-client-arg``)."""
        kwargs: dict[str, str] = {}
        for name, value in self.credentials().items():
            arg = self.spec.security_schemes.get(name, {}).get("x-client-arg")
            if arg:
                kwargs[str(arg)] = value
        kwargs.update({str(key): str(value) for key, value in (self.mock.get("client-args") or {}).items()})
        return kwargs


def _fail(path: Path, where: str, message: str) -> MockConfigError:
    return MockConfigError(f"{path}: {where}: {message}")


def _check_against_spec(vendor: Vendor) -> None:
    path = vendor.mock_path
    for name in vendor.mock.get("auth") or {}:
        if name not in vendor.spec.security_schemes:
            raise _fail(path, f"auth.{name}", "no such securitySchemes entry in the spec")
    for op_id, op in vendor.operations.items():
        if op_id not in vendor.spec.operations:
            raise _fail(path, f"operations.{op_id}", "no operation with this operationId in the spec")
        collection = op.get("collection")
        if collection is not None and collection not in vendor.collections:
            raise _fail(path, f"operations.{op_id}.collection", f"no collection named {collection!r}")
        status = op.get("status")
        if status is not None and str(status) not in vendor.spec.operations[op_id].responses:
            raise _fail(path, f"operations.{op_id}.status", f"{status} is not documented for this operation")
    for name, collection in vendor.collections.items():
        transitions = collection.get("transitions") or {}
        for op_id, op in vendor.operations.items():
            if op.get("collection") == name and op["action"] == "update" and not transitions and "set" not in op:
                raise _fail(path, f"operations.{op_id}", "an update needs `set` or the collection's `transitions`")


def load_vendor(
    name: str, root: Path = ROOT, *, spec_path: Path | None = None, mock_path: Path | None = None
) -> Vendor:
    """Load ``specs/<name>/openapi.yaml`` and ``specs/<name>/mock.yaml`` (or the given paths)."""
    spec_path = spec_path or root / "specs" / name / "openapi.yaml"
    mock_path = mock_path or spec_path.parent / "mock.yaml"
    for required in (spec_path, mock_path):
        if not required.is_file():
            raise MockConfigError(f"{required}: not found (vendors with a mock: {', '.join(available_vendors(root))})")
    spec = Spec.from_path(spec_path)
    data = load_yaml(mock_path)
    errors = sorted(_VALIDATOR.iter_errors(data), key=lambda error: list(error.absolute_path))
    if errors:
        error = errors[0]
        where = ".".join(str(part) for part in error.absolute_path) or "(root)"
        raise _fail(mock_path, where, error.message)
    vendor = Vendor(name=name, spec=spec, mock=data, mock_path=mock_path)
    _check_against_spec(vendor)
    return vendor


def available_vendors(root: Path = ROOT) -> list[str]:
    """Vendors that have both a spec and a mock.yaml."""
    return sorted(
        path.parent.name for path in (root / "specs").glob("*/mock.yaml") if (path.parent / "openapi.yaml").is_file()
    )

"""specs/<vendor>/mock.yaml: loaded, checked against the vocabulary (vocabulary.py here) and against the spec."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from speccore.errors import SpecError
from speccore.paths import ROOT
from speccore.vendors import Vendor, discover
from speccore.vendors import load_vendor as load_speccore_vendor
from speccore.yamlfile import load_yaml

from ..errors import MockConfigError
from ..spec import Spec
from .vocabulary import MOCK_YAML_SCHEMA

__all__ = ["ROOT", "MockVendor", "available_vendors", "load_vendor"]

_VALIDATOR = Draft202012Validator(MOCK_YAML_SCHEMA)


@dataclasses.dataclass(frozen=True)
class MockVendor:
    """One vendor as the mock sees it: its files and package facts (speccore's Vendor), its spec and its mock.yaml."""

    vendor: Vendor
    spec: Spec
    mock: Mapping[str, Any]

    @property
    def name(self) -> str:
        return self.vendor.key

    @property
    def mock_path(self) -> Path:
        return self.vendor.mock_path or self.vendor.directory / "mock.yaml"

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

    def client_environment(self, base_url: str) -> dict[str, str]:
        """The environment variables a generated client reads to talk to this mock at ``base_url``: the package's
        ``<PREFIX>_BASE_URL``, each credential's ``x-env`` (or an ``x-jwt`` key and secret the client mints a token
        from), and the ``x-env`` of every ``x-client-default`` path parameter."""
        kwargs = self.client_kwargs()
        env = {f"{self.vendor.env_prefix}_BASE_URL": base_url}
        accepted_by_scheme = self.mock.get("auth") or {}
        for name, scheme in self.spec.security_schemes.items():
            jwt, accepted = scheme.get("x-jwt"), accepted_by_scheme.get(name) or {}
            if jwt and accepted.get("jwt"):
                env[str(jwt["key-env"])] = str(accepted["jwt"]["keys"][0])
                env[str(jwt["secret-env"])] = str(accepted["jwt"]["secret"])
            elif scheme.get("x-client-arg") in kwargs and scheme.get("x-env"):
                env[str(scheme["x-env"])] = kwargs[str(scheme["x-client-arg"])]
        for operation in self.spec.operations.values():
            for raw in operation.raw.get("parameters") or []:
                param, _ = self.spec.resolve(raw)
                if param.get("x-client-default") and param.get("x-env") and param.get("name") in kwargs:
                    env[str(param["x-env"])] = kwargs[str(param["name"])]
        return env


def _fail(path: Path, where: str, message: str) -> MockConfigError:
    return MockConfigError(f"{path}: {where}: {message}")


def _check_against_spec(vendor: MockVendor) -> None:
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


def load_vendor(name: str, specs_dir: Path | None = None) -> MockVendor:
    """Load ``<specs_dir>/<name>/`` (default ``specs/``): package.yaml and openapi.yaml through speccore, and
    mock.yaml, checked against its vocabulary and the spec. ``MockConfigError`` names the file and the place."""
    known = available_vendors(specs_dir)
    if name not in known:
        wanted = (specs_dir or ROOT / "specs") / name / "mock.yaml"
        raise MockConfigError(f"{wanted}: not found (vendors with a mock: {', '.join(known)})")
    try:
        vendor = load_speccore_vendor(name, specs_dir)
        spec = Spec.from_path(vendor.spec_path)
        data = load_yaml(vendor.directory / "mock.yaml")
    except SpecError as exc:
        raise MockConfigError(str(exc)) from None
    mock_path = vendor.directory / "mock.yaml"
    errors = sorted(_VALIDATOR.iter_errors(data), key=lambda error: list(error.absolute_path))
    if errors:
        error = errors[0]
        where = ".".join(str(part) for part in error.absolute_path) or "(root)"
        raise _fail(mock_path, where, error.message)
    loaded = MockVendor(vendor=vendor, spec=spec, mock=data)
    _check_against_spec(loaded)
    return loaded


def available_vendors(specs_dir: Path | None = None) -> list[str]:
    """Vendors that have both a spec and a mock.yaml."""
    base = specs_dir or ROOT / "specs"
    return [key for key in discover(base) if (base / key / "mock.yaml").is_file()]

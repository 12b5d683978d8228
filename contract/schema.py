"""Schemathesis contract runs: the schema object with credentials, checks and an example budget per vendor."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from specmock.config import MockVendor

__all__ = ["FULL_ENV", "Budget", "budget", "contract_schema", "scheme_auth"]

FULL_ENV = "MOCK_CONTRACT_FULL"  # 1: the full example budget
READ_ONLY_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclasses.dataclass(frozen=True)
class Budget:
    """How much schemathesis generates: per-operation examples and stateful steps."""

    max_examples: int
    stateful_examples: int
    stateful_steps: int


BOUNDED = Budget(max_examples=20, stateful_examples=80, stateful_steps=8)
FULL = Budget(max_examples=100, stateful_examples=300, stateful_steps=15)


def budget(full: bool | None = None) -> Budget:
    """The bounded budget, or the full one with ``full=True`` or MOCK_CONTRACT_FULL=1."""
    if full is None:
        full = os.environ.get(FULL_ENV, "").lower() in ("1", "true", "yes")
    return FULL if full else BOUNDED


def scheme_auth(vendor: MockVendor, credentials: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """schemathesis ``[auth.openapi.<scheme>]`` entries for the given credential of each scheme."""
    found: dict[str, dict[str, str]] = {}
    for name, scheme in vendor.spec.security_schemes.items():
        if name not in credentials:
            continue
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            found[name] = {"bearer": credentials[name]}
        elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            user, _, password = credentials[name].partition(":")
            found[name] = {"username": user, "password": password}
        else:
            found[name] = {"api_key": credentials[name]}
    return found


def contract_schema(
    vendor: MockVendor,
    *,
    base_url: str,
    credentials: Mapping[str, str],
    path_parameters: Mapping[str, str] | None = None,
    read_only: bool = False,
    exclude_operations: Sequence[str] = (),
    full: bool | None = None,
    seed: int = 1,
) -> Any:
    """A schemathesis schema for ``vendor``'s spec: all checks, positive and negative data, the budget."""
    plan = budget(full)
    data: dict[str, Any] = {
        "seed": seed,
        "base-url": base_url,
        "generation": {"mode": "all", "max-examples": plan.max_examples, "database": "none"},
        "phases": {
            "stateful": {"max-steps": plan.stateful_steps, "generation": {"max-examples": plan.stateful_examples}}
        },
        "request-timeout": 30,
    }
    auth = scheme_auth(vendor, credentials)
    if auth:
        data["auth"] = {"openapi": auth}
    if path_parameters:
        data["parameters"] = {f"path.{name}": value for name, value in path_parameters.items()}
    config = SchemathesisConfig.from_dict(data)
    schema: Any = schemathesis.openapi.from_path(vendor.spec.source, config=config)
    if read_only:
        schema = schema.include(method=list(READ_ONLY_METHODS))
    if exclude_operations:
        schema = schema.exclude(operation_id=list(exclude_operations))
    return schema

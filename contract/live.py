"""Running the contract suite against the real API: credentials and account ids from environment variables."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Mapping
from typing import Any

import jwt

from specmock.config import MockVendor

__all__ = ["ALLOW_WRITES_ENV", "LIVE_ENV", "LiveSettings", "live_settings"]

LIVE_ENV = "MOCK_CONTRACT_LIVE"  # vendor name(s), comma-separated: opt-in to the live run
ALLOW_WRITES_ENV = "LIVE_ALLOW_WRITES"  # 1: also start/stop/delete real recordings


@dataclasses.dataclass(frozen=True)
class LiveSettings:
    vendor: str
    base_url: str
    credentials: Mapping[str, str]  # security scheme name -> credential
    path_parameters: Mapping[str, str]  # x-client-default parameters (e.g. account_id)
    missing: tuple[str, ...]  # environment variables still needed
    optional_missing: tuple[str, ...]  # schemes some operations need (those operations are skipped)
    allow_writes: bool

    @property
    def ready(self) -> bool:
        return not self.missing

    def unusable_operations(self, vendor: MockVendor) -> list[str]:
        """Operations that need a credential the environment does not give (left out of the live run)."""
        return [
            op.operation_id
            for op in vendor.spec.operations.values()
            if op.security and not any(all(name in self.credentials for name in alt) for alt in op.security)
        ]


def _env(name: str, environ: Mapping[str, str]) -> str | None:
    value = environ.get(name, "").strip()
    return value or None


def _scheme_credential(scheme: Mapping[str, Any], environ: Mapping[str, str]) -> tuple[str | None, list[str]]:
    """The credential for one scheme from the environment (minting a JWT if the spec says how), or what is missing."""
    env = str(scheme.get("x-env", ""))
    value = _env(env, environ) if env else None
    if value is not None:
        return value, []
    mint = scheme.get("x-jwt")
    if isinstance(mint, Mapping):
        key, secret = _env(str(mint["key-env"]), environ), _env(str(mint["secret-env"]), environ)
        if key and secret:
            now = int(time.time())
            claims = {**dict(mint.get("claims") or {}), str(mint["key-claim"]): key, "iat": now}
            claims["exp"] = now + int(mint.get("ttl-seconds", 3600))
            return jwt.encode(claims, secret, algorithm=str(mint.get("algorithm", "HS256"))), []
        return None, [f"{env} (or {mint['key-env']} + {mint['secret-env']})"]
    return None, [env or "<credential>"]


def live_settings(vendor: MockVendor, environ: Mapping[str, str] | None = None) -> LiveSettings:
    """What a live run of ``vendor`` would use, and which environment variables are still missing."""
    environ = os.environ if environ is None else environ
    base_url = _env(f"{vendor.vendor.env_prefix}_BASE_URL", environ) or vendor.spec.server_url
    required = {name for op in vendor.spec.operations.values() for alt in op.security[:1] for name in alt}
    # schemes every authenticated operation needs; anonymous operations (e.g. a public webhook key) do not make them
    # optional, so a run without credentials is skipped instead of calling only the anonymous operations
    authenticated = [set(op.security[0]) for op in vendor.spec.operations.values() if op.security and op.security[0]]
    everywhere = set.intersection(*authenticated) if authenticated else set()
    credentials: dict[str, str] = {}
    missing: list[str] = []
    optional: list[str] = []
    for name in sorted(required):
        value, needs = _scheme_credential(vendor.spec.security_schemes.get(name, {}), environ)
        if value is not None:
            credentials[name] = value
        elif name in everywhere:
            missing += needs
        else:
            optional += needs
    path_parameters: dict[str, str] = {}
    for op in vendor.spec.operations.values():
        for param in op.parameters:
            raw = _raw_parameter(vendor, op.raw, param.name)
            if param.location == "path" and raw.get("x-client-default") and param.name not in path_parameters:
                value = _env(str(raw.get("x-env", "")), environ)
                if value is None:
                    missing.append(str(raw.get("x-env", param.name)))
                else:
                    path_parameters[param.name] = value
    allow = _env(ALLOW_WRITES_ENV, environ) in ("1", "true", "yes")
    return LiveSettings(
        vendor.name,
        base_url,
        credentials,
        path_parameters,
        tuple(dict.fromkeys(missing)),
        tuple(dict.fromkeys(optional)),
        allow,
    )


def _raw_parameter(vendor: MockVendor, operation: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    for node in list(operation.get("parameters") or []):
        param = vendor.spec.deref(node)
        if param.get("name") == name:
            return dict(param)
    for _, item in vendor.spec.paths():
        for node in item.get("parameters") or []:
            param = vendor.spec.deref(node)
            if param.get("name") == name:
                return dict(param)
    return {}

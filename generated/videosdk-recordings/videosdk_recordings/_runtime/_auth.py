# Copied from generator/runtime/_auth.py by `make generate`. Do not edit.
"""Credentials: read from arguments or environment variables, turned into headers per security scheme."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping, Sequence

from ._errors import APIError

__all__ = ["MissingCredentialError", "Scheme", "auth_headers", "missing", "resolve_credential"]

CredentialProvider = Callable[[], str]


class MissingCredentialError(APIError):
    """A required credential was neither passed nor found in the environment."""


@dataclasses.dataclass(frozen=True, slots=True)
class Scheme:
    """One security scheme of the spec: which header carries it, with which prefix, where it comes from."""

    name: str
    header: str
    prefix: str
    arg: str
    env: str
    required: bool


def resolve_credential(scheme: Scheme, given: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The argument if given, else the environment variable, else ``None``."""
    if given:
        return given
    env = os.environ if environ is None else environ
    return env.get(scheme.env) or None if scheme.env else None


def missing(scheme: Scheme, alternative: str = "") -> MissingCredentialError:
    where = f"pass {scheme.arg}=... or set {scheme.env}" if scheme.env else f"pass {scheme.arg}=..."
    return MissingCredentialError(f"missing credential {scheme.name!r}: {where}{alternative}")


def auth_headers(
    schemes: Sequence[Scheme],
    providers: Mapping[str, CredentialProvider],
    on_credential: Callable[[str], None] | None = None,
) -> Callable[[Sequence[str]], dict[str, str]]:
    """A function giving the auth headers for the schemes an operation uses (those the client has credentials for).

    ``on_credential`` sees every credential value sent (e.g. a freshly minted token) so it can be redacted.
    """
    by_name = {scheme.name: scheme for scheme in schemes}

    def headers(names: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name in names:
            provider = providers.get(name)
            if provider is not None:
                scheme = by_name[name]
                value = provider()
                if on_credential is not None:
                    on_credential(value)
                out[scheme.header] = scheme.prefix + value
        return out

    return headers

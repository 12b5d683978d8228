"""The profile file: ``[vendors.<key>]`` tables of client constructor arguments (TOML)."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import RecordingsError

__all__ = ["PROFILE_ENV", "ProfileSource", "default_profile_path", "load_profile"]

PROFILE_ENV = "RECORDINGS_PROFILE"
ProfileSource = str | os.PathLike[str] | Mapping[str, Any] | None


def default_profile_path() -> Path:
    """``$RECORDINGS_PROFILE``, else ``~/.config/recordings/profile.toml``."""
    configured = os.environ.get(PROFILE_ENV)
    return Path(configured) if configured else Path.home() / ".config" / "recordings" / "profile.toml"


def load_profile(source: ProfileSource) -> dict[str, dict[str, Any]]:
    """Client arguments per vendor key. ``None``: the default file if it exists (a missing one is no error unless
    ``$RECORDINGS_PROFILE`` names it); a path: that file, which must exist; a mapping: the parsed document."""
    if isinstance(source, Mapping):
        return _vendors(dict(source), "the profile mapping")
    if source is None:
        path = default_profile_path()
        if not path.exists() and not os.environ.get(PROFILE_ENV):
            return {}
    else:
        path = Path(source)
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecordingsError(f"profile {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordingsError(f"profile {path} cannot be read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RecordingsError(f"profile {path} is not valid TOML: {exc}") from None
    return _vendors(document, str(path))


def _vendors(document: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
    vendors = document.get("vendors", {})
    if not isinstance(vendors, dict):
        raise RecordingsError(f"{where}: `vendors` must be a table of [vendors.<key>] tables")
    out: dict[str, dict[str, Any]] = {}
    for key, table in vendors.items():
        if not isinstance(table, dict):
            raise RecordingsError(f"{where}: [vendors.{key}] must be a table of client arguments")
        out[str(key)] = dict(table)
    return out

"""Opening the cross-vendor API for a command: vendor selection, profile, and the errors that end a command."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from recordings import Recordings, RecordingsError, VendorInfo
from recordings._redact import mask_text

from .exitcodes import ExitCode

__all__ = ["CliError", "Options", "open_recordings"]


class CliError(Exception):
    """A failure that ends the command: one masked line on stderr, then exit ``code``."""

    def __init__(self, message: str, code: ExitCode = ExitCode.PARTIAL) -> None:
        super().__init__(mask_text(message))
        self.code = code


@dataclasses.dataclass(slots=True)
class Options:
    """The group's options, shared by every command (``ctx.obj``)."""

    vendors: list[str] | None = None
    profile: Path | None = None
    show_urls: bool = False
    factory: Any = Recordings  # tests may inject another implementation of the same API


def _capable(chosen: list[VendorInfo], need: tuple[str, ...], explicit: bool) -> list[VendorInfo]:
    """The vendors that can do everything in ``need``; a vendor named on the command line that cannot is an error."""
    able = [info for info in chosen if set(need) <= info.capabilities]
    unable = [info for info in chosen if info not in able]
    if unable and explicit:
        lacking = "; ".join(f"{info.key} cannot {', '.join(sorted(set(need) - info.capabilities))}" for info in unable)
        raise CliError(lacking, ExitCode.PARTIAL)
    return able


def _check_vendors(infos: list[VendorInfo], wanted: list[str] | None) -> list[VendorInfo]:
    known = {info.key: info for info in infos}
    if wanted:
        unknown = [name for name in wanted if name not in known]
        if unknown:
            listed = ", ".join(sorted(known)) or "none installed"
            raise CliError(f"unknown vendor(s): {', '.join(unknown)} (installed: {listed})", ExitCode.USAGE)
        chosen = [known[name] for name in wanted]
    else:
        chosen = list(infos)
    configured = [info for info in chosen if info.configured]
    if not configured:
        problems = "; ".join(f"{info.key}: {info.problem or 'not configured'}" for info in chosen) or "none installed"
        raise CliError(
            "no vendor is configured (" + problems + "). Set the vendor clients' environment variables "
            "or pass --profile FILE (see `recordings vendors`).",
            ExitCode.NOT_CONFIGURED,
        )
    return configured


def open_recordings(
    options: Options, *, strict: bool = False, need_configured: bool = True, need: tuple[str, ...] = ()
) -> tuple[Any, list[str]]:
    """A ``Recordings`` and the keys of the chosen vendors that are configured (exit 3 when none is) and can do
    everything in ``need`` (those that cannot are left out, or an error when named with --vendor)."""
    try:
        recordings = options.factory(None, profile=options.profile, strict=strict)
        infos = recordings.vendors()
    except RecordingsError as exc:
        raise CliError(str(exc), ExitCode.NOT_CONFIGURED) from exc
    if not need_configured:
        return recordings, [info.key for info in infos]
    try:
        configured = _capable(_check_vendors(infos, options.vendors), need, explicit=bool(options.vendors))
        if not configured:
            raise CliError(f"no configured vendor can {' and '.join(need)}", ExitCode.NOT_CONFIGURED)
    except CliError:
        recordings.close()
        raise
    return recordings, [info.key for info in configured]

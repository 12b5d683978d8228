"""What the commands print: Rich tables for people, JSON / JSON Lines for programs (URLs masked unless asked)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from recordings import Recording, VendorInfo
from recordings._redact import mask_data

__all__ = [
    "human_duration",
    "human_size",
    "human_time",
    "recording_details",
    "recording_dict",
    "recording_table",
    "vendor_dict",
    "vendor_table",
    "write_json",
]


def human_size(size: int | None) -> str:
    if size is None:
        return "—"
    value = float(size)
    for unit in ("B", "kB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def human_duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def human_time(moment: dt.datetime | None) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def recording_dict(recording: Recording, *, show_urls: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"key": recording.key, **recording.to_dict(reveal=show_urls)}
    return data if show_urls else mask_data(data)


def vendor_dict(info: VendorInfo) -> dict[str, Any]:
    return {
        "key": info.key,
        "title": info.title,
        "distribution": info.distribution,
        "version": info.version,
        "capabilities": sorted(info.capabilities),
        "configured": info.configured,
        "problem": info.problem,
    }


def write_json(console: Console, data: Any) -> None:
    """One JSON document or line on stdout, exactly as given (no Rich markup, no wrapping)."""
    console.file.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def recording_table(recordings: Iterable[Recording], *, title: str | None = None) -> Table:
    table = Table(title=title, header_style="bold", show_lines=False)
    for name, justify in (
        ("time (UTC)", "left"),
        ("key", "left"),
        ("status", "left"),
        ("room", "left"),
        ("duration", "right"),
        ("size", "right"),
        ("format", "left"),
    ):
        table.add_column(name, justify=justify, no_wrap=name != "room")  # type: ignore[arg-type]
    for recording in recordings:
        table.add_row(
            human_time(recording.sort_time),
            recording.key,
            recording.status.value,
            recording.room_id or "—",
            human_duration(recording.duration_seconds),
            human_size(recording.size_bytes),
            recording.format or "—",
        )
    return table


def recording_details(recording: Recording, *, show_urls: bool) -> Table:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    for name, value in recording_dict(recording, show_urls=show_urls).items():
        table.add_row(name, Text("—" if value is None else str(value)))  # Text: "[REDACTED]" is not markup
    return table


def vendor_table(infos: Iterable[VendorInfo]) -> Table:
    table = Table(header_style="bold")
    for name in ("vendor", "title", "package", "configured", "capabilities"):
        table.add_column(name)
    for info in infos:
        configured = Text("yes" if info.configured else f"no: {info.problem or 'no credentials'}")
        table.add_row(
            info.key,
            info.title,
            f"{info.distribution} {info.version}",
            configured,
            ", ".join(sorted(info.capabilities)) or "—",
        )
    return table

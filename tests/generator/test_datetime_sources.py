"""Why the packages parse date-times with ``datetime.fromisoformat`` alone and do not depend on python-dateutil.

Every timestamp the vendors' documents, samples and our specs show is ISO 8601, which ``fromisoformat`` (Python 3.11+,
the packages' floor) reads. If a vendor sample with another format ever lands in specs/, these tests fail, and the
packages need a lenient fallback parser (and its dependency) again.
"""

from __future__ import annotations

import datetime
import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
PROJECTS = sorted(p for p in (ROOT / "generated").iterdir() if (p / "pyproject.toml").is_file())
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")  # looks like a timestamp: must be ISO 8601
OTHER_FORMATS = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}"  # RFC 2822
    r"|\d{4}-\d{2}-\d{2}[T ][\d:.]+ ?(UTC|GMT)\b"  # a zone name after the time
    r"|\b\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}"  # 01/02/2024 10:00
)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def _vendor_payloads() -> Iterator[tuple[str, Any]]:
    """The specs (their examples) and every JSON document under specs/*/reference/ (vendor samples, SDK fixtures)."""
    for path in sorted(SPECS.glob("*/openapi.yaml")):
        yield path.relative_to(ROOT).as_posix(), yaml.safe_load(path.read_text(encoding="utf-8"))
    for path in sorted(SPECS.glob("*/reference/*.json")):
        yield path.relative_to(ROOT).as_posix(), json.loads(path.read_text(encoding="utf-8"))


def _timestamps() -> list[tuple[str, str]]:
    return [(where, text) for where, data in _vendor_payloads() for text in _strings(data) if DATE_TIME.match(text)]


def test_every_vendor_timestamp_parses_with_fromisoformat() -> None:
    found = _timestamps()
    assert len(found) > 100, "the specs and references hold many timestamps"
    for where, text in found:
        parsed = datetime.datetime.fromisoformat(text)
        assert parsed.tzinfo is not None, f"{where}: {text!r} has no zone"


def test_no_vendor_sample_uses_a_format_fromisoformat_rejects() -> None:
    odd = [
        (where, m.group(0))
        for where, data in _vendor_payloads()
        for s in _strings(data)
        for m in OTHER_FORMATS.finditer(s)
    ]
    assert odd == [], "a vendor uses a non-ISO timestamp: generated parsing needs a lenient fallback"


@pytest.mark.parametrize(
    "text",
    ["Mon, 01 Jan 2024 10:00:00 GMT", "2024-01-01 10:00:00 UTC", "01/02/2024 10:00"],
    ids=["rfc2822", "utc", "us"],
)
def test_the_odd_format_detector_and_fromisoformat_disagree_on_odd_formats(text: str) -> None:
    assert OTHER_FORMATS.search(text)
    with pytest.raises(ValueError):
        datetime.datetime.fromisoformat(text)


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.name)
def test_packages_neither_use_nor_declare_dateutil(project: Path) -> None:
    dependencies = tomllib.loads((project / "pyproject.toml").read_text())["project"]["dependencies"]
    assert not [d for d in dependencies if d.lower().startswith("python-dateutil")]
    sources = [p.read_text(encoding="utf-8") for p in project.rglob("*.py")]
    assert not [s for s in sources if "dateutil" in s]
    assert any("fromisoformat" in s for s in sources), "date-times are parsed by fromisoformat"

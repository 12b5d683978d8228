"""Our template overrides are guarded: each is pinned to the upstream template it was derived from and documented.

An upgrade of openapi-python-client changes the installed templates; the pinned copies in
generator/templates/upstream/ do not, so the diff between them is exactly what changed upstream.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "generator" / "templates"
PINNED = TEMPLATES / "upstream"
INSTALLED = Path(str(files("openapi_python_client") / "templates"))
MANIFEST = yaml.safe_load((PINNED / "PINNED.yml").read_text(encoding="utf-8"))


def _templates(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.jinja") if PINNED not in p.parents)


OURS = _templates(TEMPLATES)
OVERRIDES = [name for name in OURS if (INSTALLED / name).is_file()]


def test_overrides_found() -> None:
    assert "endpoint_module.py.jinja" in OVERRIDES and "model.py.jinja" in OVERRIDES  # the scan sees real files
    assert "resource_module.py.jinja" in OURS and "resource_module.py.jinja" not in OVERRIDES


def test_every_override_has_exactly_one_pinned_copy() -> None:
    pinned = sorted(p.relative_to(PINNED).as_posix() for p in PINNED.rglob("*.jinja"))
    assert pinned == OVERRIDES, "generator/templates/upstream/ must hold one copy per override, and nothing else"
    assert sorted(MANIFEST["files"]) == OVERRIDES, "PINNED.yml must list every pinned copy"
    assert MANIFEST["package"] == "openapi-python-client"


@pytest.mark.parametrize("name", OVERRIDES)
def test_pinned_copy_is_the_recorded_file(name: str) -> None:
    digest = hashlib.sha256((PINNED / name).read_bytes()).hexdigest()
    assert digest == MANIFEST["files"][name], f"upstream/{name} was edited; it must stay a verbatim upstream copy"


@pytest.mark.parametrize("name", OVERRIDES)
def test_upstream_template_unchanged_since_the_override_was_derived(name: str) -> None:
    pinned = (PINNED / name).read_text(encoding="utf-8")
    installed = (INSTALLED / name).read_text(encoding="utf-8")
    if installed != pinned:
        diff = "".join(
            difflib.unified_diff(
                pinned.splitlines(keepends=True),
                installed.splitlines(keepends=True),
                fromfile=f"openapi-python-client {MANIFEST['version']} (pinned) {name}",
                tofile=f"openapi-python-client {version('openapi-python-client')} (installed) {name}",
            )
        )
        pytest.fail(
            f"upstream changed {name}, which generator/templates/{name} overrides. Port the change (or decide it does"
            f" not apply), then refresh generator/templates/upstream/{name} and PINNED.yml:\n{diff}"
        )


def _architecture_rows() -> dict[str, str]:
    """``template name -> reason`` from ARCHITECTURE.md's table of what the templates override."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = text.split("## What the templates override and why", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or set(cells[0]) <= {"-", " "} or cells[0] == "template":
            continue
        for name in re.findall(r"`([^`]+)`", cells[0]):
            rows[name] = cells[1]
    return rows


@pytest.mark.parametrize("name", OURS)
def test_every_template_is_in_the_architecture_table_with_its_reason(name: str) -> None:
    rows = _architecture_rows()
    stem = name.removesuffix(".jinja")
    spellings = [name, stem, stem.removesuffix(".py"), name.rsplit("/", 1)[-1]]
    reason = next((rows[s] for s in spellings if s in rows), None)
    assert reason is not None, f"ARCHITECTURE.md's override table has no row for {name}"
    assert len(reason.split()) >= 3, f"ARCHITECTURE.md gives no real reason for {name}: {reason!r}"

"""Result rows, targets, the console table and BENCHMARKS.md."""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["TIMES", "Row", "Section", "Target", "markdown", "table"]

TIMES = "\u00d7"  # the multiplication sign of ratios


@dataclasses.dataclass(frozen=True)
class Target:
    """A pass/miss rule on the ratio (ours / comparison) or on our absolute value."""

    text: str
    check: Callable[[float, float | None], bool] | None = None  # (ours, ratio) -> passed

    @staticmethod
    def ratio_at_most(limit: float, text: str | None = None) -> Target:
        return Target(text or f"≤ {limit:g}{TIMES}", lambda ours, ratio: ratio is not None and ratio <= limit)

    @staticmethod
    def ratio_at_least(limit: float, text: str | None = None) -> Target:
        return Target(text or f"≥ {limit:g}{TIMES}", lambda ours, ratio: ratio is not None and ratio >= limit)

    @staticmethod
    def value_below(limit: float, text: str) -> Target:
        return Target(text, lambda ours, ratio: ours < limit)

    @staticmethod
    def value_at_most(limit: float, text: str) -> Target:
        return Target(text, lambda ours, ratio: ours <= limit)

    @staticmethod
    def info() -> Target:
        return Target("—")


@dataclasses.dataclass
class Row:
    """One line of the table: what was measured, our value, the baseline's, their ratio, the target and verdict."""

    section: str
    what: str
    ours: float
    comparison: float | None
    unit: str
    baseline: str
    target: Target = dataclasses.field(default_factory=Target.info)
    note: str = ""
    digits: int = 0
    finding: str = ""  # key into bench.findings.FINDINGS, printed when this row misses its target

    @property
    def ratio(self) -> float | None:
        if self.comparison is None or self.comparison == 0 or math.isnan(self.comparison):
            return None
        return self.ours / self.comparison

    @property
    def verdict(self) -> str:
        if self.target.check is None:
            return "info"
        return "pass" if self.target.check(self.ours, self.ratio) else "MISS"

    def fmt(self, value: float | None) -> str:
        if value is None or math.isnan(value):
            return "—"
        return f"{value:,.{self.digits}f} {self.unit}".strip()

    def cells(self) -> list[str]:
        ratio = self.ratio
        return [
            self.what,
            self.fmt(self.ours),
            f"{self.fmt(self.comparison)} ({self.baseline})" if self.comparison is not None else self.baseline or "—",
            f"{ratio:.2f}{TIMES}" if ratio is not None else "—",
            self.target.text,
            self.verdict,
        ]

    def as_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "what": self.what,
            "ours": self.ours,
            "comparison": self.comparison,
            "baseline": self.baseline,
            "unit": self.unit,
            "ratio": self.ratio,
            "target": self.target.text,
            "verdict": self.verdict,
            "note": self.note,
        }


@dataclasses.dataclass
class Section:
    """One numbered benchmark: its rows, how it was measured, details (extra numbers, profiles), or its error."""

    number: int
    title: str
    method: str = ""
    rows: list[Row] = dataclasses.field(default_factory=list)
    details: list[str] = dataclasses.field(default_factory=list)
    error: str | None = None
    skipped: str | None = None
    seconds: float = 0.0

    @property
    def key(self) -> str:
        return f"{self.number}. {self.title}"


HEADERS = ["what", "ours", "comparison (baseline)", "ratio", "target", "result"]


def _grid(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def table(sections: Sequence[Section]) -> str:
    """The console table (plain text)."""
    out: list[str] = []
    for section in sections:
        out.append(f"\n{section.key}  ({section.seconds:.1f} s)")
        if section.error:
            out.append(f"  ERROR: {section.error.splitlines()[-1] if section.error.splitlines() else section.error}")
        if section.skipped:
            out.append(f"  skipped: {section.skipped}")
        if section.rows:
            out.append(_grid([HEADERS, *[row.cells() for row in section.rows]]))
    return "\n".join(out)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def markdown(
    sections: Sequence[Section],
    machine: Mapping[str, Any],
    *,
    command: str,
    total_seconds: float,
    preamble: str,
) -> str:
    rows = [row for section in sections for row in section.rows]
    missed = [row for row in rows if row.verdict == "MISS"]
    passed = [row for row in rows if row.verdict == "pass"]
    packages = ", ".join(f"{name} {version}" for name, version in machine["packages"].items())
    generated = ", ".join(f"{name} {version}" for name, version in machine["generated"].items())
    lines = [
        "# Benchmarks",
        "",
        f"<!-- Written by `{command}` (bench/). Do not edit by hand: change bench/ and run `make bench`. -->",
        "",
        preamble.strip(),
        "",
        f"Measured {machine['date']} by `{command}` in {total_seconds:.0f} s: "
        f"{len(passed)} targets met, {len(missed)} missed"
        + (f" ({', '.join(row.what for row in missed)})" if missed else "")
        + ".",
        "",
        *_busy_warning(machine),
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        f"| CPU | {machine['cpu']} |",
        f"| cores | {machine['cores']} |",
        f"| RAM | {machine['ram']} |",
        f"| OS | {machine['os']} |",
        f"| Python | {machine['python']} |",
        f"| load average (1, 5, 15 min) at start / end | {machine['load']} / {machine.get('load_end', '?')} |",
        f"| packages | {packages} |",
        f"| generated clients | {generated} |",
        f"| Node / Prism | {machine['node']} / {machine['prism']} |",
        "",
        "## Results",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "|".join("---" for _ in HEADERS) + "|",
    ]
    for section in sections:
        lines.append(f"| **{_md_escape(section.key)}** | | | | | |")
        if section.error:
            lines.append(f"| error: {_md_escape(section.error.splitlines()[-1])} | | | | | |")
        if section.skipped:
            lines.append(f"| skipped: {_md_escape(section.skipped)} | | | | | |")
        for row in section.rows:
            cells = row.cells()
            if row.verdict == "MISS":
                cells[-1] = "**MISS**"
            lines.append("| " + " | ".join(_md_escape(cell) for cell in cells) + " |")
    lines += ["", *_misses(sections), "## How each number was measured", ""]
    for section in sections:
        lines.append(f"### {section.key}")
        lines.append("")
        if section.method:
            lines.append(section.method.strip())
            lines.append("")
        notes = [f"- {row.what}: {row.note}" for row in section.rows if row.note]
        if notes:
            lines += [*notes, ""]
        for detail in section.details:
            lines += [detail.rstrip(), ""]
        if section.error:
            lines += ["```", section.error.rstrip(), "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def _busy_warning(machine: Mapping[str, Any]) -> list[str]:
    """A note when other work shared the machine (the load average counts runnable processes, ours included)."""
    try:
        loads = [float(str(machine[key]).split()[0]) for key in ("load", "load_end") if key in machine]
    except (ValueError, IndexError):
        return []
    cpus = int(machine.get("logical_cpus", 1))
    if not loads or max(loads) <= cpus:
        return []
    return [
        f"> Note: the 1-minute load average reached {max(loads):.1f} on {cpus} logical CPUs during this run, so other "
        "processes competed for the CPU: absolute times are inflated and noisier; the ratios less so, because the "
        "variants compared in each row run interleaved or back to back.",
        "",
    ]


def _misses(sections: Sequence[Section]) -> list[str]:
    from .findings import FINDINGS

    out: list[str] = []
    seen: set[str] = set()
    for section in sections:
        for row in section.rows:
            if row.verdict != "MISS":
                continue
            if row.finding in FINDINGS and row.finding not in seen:
                seen.add(row.finding)
                out += [FINDINGS[row.finding].strip(), ""]
            elif row.finding not in FINDINGS:
                out += [f"**{row.what}** missed; see the profile under {section.key} below.", ""]
    if not out:
        return []
    return ["## Where targets are missed: what the profiles show and what would fix it", "", *out]


def write_json(path: Path, sections: Sequence[Section], machine: Mapping[str, Any]) -> None:
    payload = {
        "machine": machine,
        "sections": [
            {
                "section": section.key,
                "rows": [row.as_json() for row in section.rows],
                "error": section.error,
                "skipped": section.skipped,
                "seconds": section.seconds,
            }
            for section in sections
        ],
    }
    path.write_text(json.dumps(payload, indent=2) + "\n")

"""Smoke test of the benchmark harness (bench/): every section runs end to end in its tiny ``--quick`` mode.

Only the plumbing is checked (servers start and stop, children report, rows and BENCHMARKS-style Markdown are
produced). No timing or memory figure is asserted: on a shared CI machine they mean nothing at these sizes.
`make generate` (section 6) is left out: it rewrites generated/, which a test must not do.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.env import PRISM_BIN, machine
from bench.report import Row, Section, Target, markdown, table
from bench.settings import QUICK

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = [
    "1. Per-call time",
    "2. Parsing",
    "3. Auto-paginating",
    "4. Downloading",
    "5. Mock server requests/s",
    "7. Merged listing",
    "8. Archiving",
    "9. Webhook unwrap",
]


def test_quick_run_produces_every_section(tmp_path: Path) -> None:
    report, rows = tmp_path / "BENCHMARKS.md", tmp_path / "rows.json"
    skip = "generate" if PRISM_BIN.exists() else "generate,prism"
    before = (ROOT / "BENCHMARKS.md").read_bytes() if (ROOT / "BENCHMARKS.md").exists() else None
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--skip", skip, "--output", str(report), "--json", str(rows)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    data = json.loads(rows.read_text())
    titles = [section["section"] for section in data["sections"]]
    for prefix in SECTIONS:
        assert any(title.startswith(prefix) for title in titles), (prefix, titles)
    assert not any(title.startswith("6.") for title in titles)
    for section in data["sections"]:
        assert section["error"] is None, section["error"]
        assert section["rows"], section["section"]
        for row in section["rows"]:
            assert row["verdict"] in {"pass", "MISS", "info"}
            if "cost per" in row["what"]:
                continue  # a difference of two medians: may be at or below zero in a 6-call quick run
            if "growth" in row["what"]:
                assert row["ours"] >= 0, row  # memory growth over a quick run may round to nothing
            else:
                assert row["ours"] > 0, row
    calls = next(section for section in data["sections"] if section["section"].startswith("1."))
    listed = {row["what"] for row in calls["rows"]}
    for vendor in QUICK.call_vendors:
        for size in QUICK.list_page_sizes:
            assert f"list ({vendor}, {size} items): ours vs raw" in listed, (vendor, size, listed)
        for size in QUICK.list_page_sizes[1:]:
            assert f"list ({vendor}, {size} items): our cost per item over raw" in listed, (vendor, size, listed)
    text = report.read_text()
    assert text.startswith("# Benchmarks")
    assert "## Machine" in text and "| CPU |" in text and "| Python |" in text
    assert "| what | ours | comparison (baseline) | ratio | target | result |" in text
    assert "1. Per-call time" in done.stdout  # the console table
    after = (ROOT / "BENCHMARKS.md").read_bytes() if (ROOT / "BENCHMARKS.md").exists() else None
    assert before == after, "--quick must not overwrite BENCHMARKS.md"


def test_targets_and_rendering() -> None:
    at_most = Row("1", "x", 110.0, 100.0, "µs", "raw", Target.ratio_at_most(1.15))
    over = Row("1", "y", 120.0, 100.0, "µs", "raw", Target.ratio_at_most(1.15))
    at_least = Row("4", "z", 80.0, 100.0, "MB/s", "raw", Target.ratio_at_least(0.9))
    below = Row("3", "w", 3.5, 4.0, "MB", "raw", Target.value_below(10, "< 10 MB"), digits=1)
    info = Row("1", "v", 1.0, None, "µs", "none")
    assert at_most.ratio == pytest.approx(1.1)
    assert [row.verdict for row in (at_most, over, at_least, below, info)] == ["pass", "MISS", "MISS", "pass", "info"]
    assert below.cells()[1] == "3.5 MB" and info.cells()[3] == "—"
    section = Section(1, "Per-call time", method="how", rows=[at_most, over, info])
    failed = Section(2, "Parsing", error="Traceback ...\nRuntimeError: boom")
    md = markdown([section, failed], machine(), command="python -m bench", total_seconds=1.0, preamble="About.")
    assert "**MISS**" in md and "error: RuntimeError: boom" in md and "1 targets met, 1 missed (y)" in md
    assert "ERROR: RuntimeError: boom" in table([section, failed])

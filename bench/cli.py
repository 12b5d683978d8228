"""``python -m bench [--quick] [--only ...] [--skip ...] [--output PATH]``: run the benchmarks, print the table, write
BENCHMARKS.md (the full run only, unless ``--output`` is given)."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from .env import ROOT, add_import_paths, load_average, machine
from .report import Section, markdown, table, write_json
from .sections import NUMBERS, SECTIONS, rps
from .settings import FULL, QUICK

__all__ = ["main"]

NAMES = [*SECTIONS, "prism"]
PREAMBLE = """
What our generated clients and our mock server cost, each next to a baseline measured in the same run against the
same loopback mock and the same payloads: raw httpx + `json.loads`, the official Stainless-built SDKs (`telnyx`,
`cloudflare`), and Prism. Servers and measured clients run in separate processes on this one machine, so every
number includes loopback HTTP; RSS figures come from fresh interpreters. Targets: per-call time ≤ 1.15 times raw
httpx; page parsing no slower than the official SDKs; auto-pagination of 10,000 recordings with < 10 MB RSS growth;
a 1 GiB download in < 60 MB RSS at ≥ 0.9 times raw httpx throughput; the mock ≥ 3 times Prism's requests/s;
`make generate` ≤ 15 s and `make check-generated` ≤ 20 s. Rerun with `make bench` (a few minutes); see
`python -m bench --help` for subsets.
"""


def _names(text: str | None) -> set[str]:
    if not text:
        return set()
    names = {name.strip() for name in text.split(",") if name.strip()}
    unknown = names - set(NAMES)
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))} (known: {', '.join(NAMES)})")
    return names


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for the smoke test (numbers meaningless)")
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(SECTIONS)}")
    parser.add_argument("--skip", help=f"comma-separated, from: {', '.join(NAMES)} (prism: run section 5 without it)")
    parser.add_argument("--output", type=Path, help="where to write the report (default: BENCHMARKS.md, full run only)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    add_import_paths()
    settings = QUICK if args.quick else FULL
    only, skip = _names(args.only), _names(args.skip)
    output = (
        args.output if args.output is not None else (None if args.quick or only or skip else ROOT / "BENCHMARKS.md")
    )
    facts = machine()
    started = time.perf_counter()
    sections: list[Section] = []
    # `make generate` first: it replaces generated/ (byte-identical) and nothing may import from it meanwhile.
    for name, run in SECTIONS.items():
        if (only and name not in only) or name in skip:
            continue
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        begin = time.perf_counter()
        try:
            section = rps(settings, prism="prism" not in skip) if run is rps else run(settings)
        except Exception as exc:  # report it with the others, and still run the remaining benchmarks
            section = Section(NUMBERS[name], name, error="".join(traceback.format_exception(exc)).rstrip())
        section.seconds = time.perf_counter() - begin
        sections.append(section)
        print(f"bench: {name} done in {section.seconds:.1f} s", file=sys.stderr, flush=True)
    sections.sort(key=lambda section: section.number)
    facts["load_end"] = load_average()
    total = time.perf_counter() - started
    print(table(sections))
    print(f"\ntotal {total:.0f} s")
    command = "python -m bench" + (" --quick" if args.quick else "")
    if output is not None:
        output.write_text(markdown(sections, facts, command=command, total_seconds=total, preamble=PREAMBLE))
        print(f"wrote {output}")
    if args.json is not None:
        write_json(args.json, sections, facts)
    if any(section.error for section in sections):
        return 1
    missed = any(row.verdict == "MISS" for section in sections for row in section.rows)
    return 1 if args.strict and missed else 0

"""The six benchmarks. Each returns a :class:`Section` of rows (ours, the baseline measured in the same run, target)."""

from __future__ import annotations

import functools
import io
import pstats
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from .archive import archive
from .clients import Variants, canned_variants, parsers, variants
from .env import PYTHON, ROOT
from .merged import merged
from .report import TIMES, Row, Section, Target
from .rss import ChildRun, run_child
from .scale import load, scale_rows
from .servers import Server, floor_server, mock_server, prism_server, vendor_facts
from .settings import Settings
from .timing import interleaved, median_us, profile_top
from .webhooks import webhooks

__all__ = ["NUMBERS", "SECTIONS"]

MB = 1e6


def _profile_block(title: str, text: str) -> str:
    return f"<details><summary>cProfile: {title}</summary>\n\n```\n{text}\n```\n</details>"


def _p90_us(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=10)[-1] * 1e6 if len(samples) >= 10 else max(samples) * 1e6


def _timed_calls(
    clients: Variants, settings: Settings, ops: tuple[str, ...] = ("get", "list")
) -> dict[str, dict[str, list[float]]]:
    """Seconds per call of every variant, for each of ``ops``, after checking that the variants agree."""
    out: dict[str, dict[str, list[float]]] = {}
    for op in ops:
        funcs: dict[str, Callable[[], object]] = dict(clients.get_calls if op == "get" else clients.list_calls)
        results = {name: func() for name, func in funcs.items()}
        if len(set(results.values())) != 1:
            raise RuntimeError(f"{clients.vendor} {op}: the variants disagree: {results}")
        out[op] = interleaved(
            funcs, warmup=settings.call_warmup, rounds=settings.call_rounds, per_round=settings.call_per_round
        )
    return out


# -- 1 ---------------------------------------------------------------------------------------------------------------
def calls(settings: Settings) -> Section:
    section = Section(
        1,
        "Per-call time",
        method=f"""
One sequential client per variant against the same mock process (`python -m specmock serve --vendor <v>`, seeded with
just enough recordings for the largest page, so the server's own time per request is as small as the mock allows and
client costs are not diluted), same request, same response bytes. Variants: raw `httpx.Client` +
`json.loads(response.content)`; our generated client
(parsed into its attrs models); the official Stainless SDK (`telnyx` `room_recordings.retrieve/list`, `cloudflare`
`realtime_kit.recordings.get_one_recording/get_recordings`) with `base_url` pointed at the mock. All with a 60 s
timeout (10 s connect) and 2 retries. {settings.call_warmup} warm-up calls each, then {settings.call_rounds} rounds in
which the variants take turns ({settings.call_per_round} timed calls each per round, order alternating); the median
of the {settings.call_rounds * settings.call_per_round} calls is reported. The list call asks for one page of each of
{" and ".join(str(size) for size in settings.list_page_sizes)} recordings (the vendors' default page size and the
largest page they serve), from a mock seeded with {max(settings.list_page_sizes)}. Every variant's result is checked to
be the same before timing.
""",
    )
    for vendor in settings.call_vendors:
        for index, size in enumerate(settings.list_page_sizes):
            ops = ("get", "list") if index == 0 else ("list",)
            section.rows += _call_rows(section, vendor, size, ops, settings)
    return section


def _call_rows(section: Section, vendor: str, size: int, ops: tuple[str, ...], settings: Settings) -> list[Row]:
    """Rows of section 1 for one vendor and list page size (``get`` rows only once per vendor).

    The default page is held to ours/raw of at most 1.15; a larger page to a cost per item over raw, since building the
    typed items is what the client is for and that cost grows with the page."""
    rows: list[Row] = []
    # Enough seed data for the largest page; the mock caches list answers, so its own time stays small.
    with mock_server(vendor, recordings=max(settings.list_page_sizes), seed=settings.seed) as server:
        live_clients = variants(vendor, server, size)
        try:
            live = _timed_calls(live_clients, settings, ops)
        finally:
            live_clients.close()
        canned_clients = canned_variants(vendor, server, size)
    try:
        canned = _timed_calls(canned_clients, settings, ops)
        for op in ops:
            med = {name: median_us(values) for name, values in live[op].items()}
            cpu = {name: median_us(values) for name, values in canned[op].items()}
            sdk = canned_clients.sdk_name
            label = f"{op} ({vendor}{f', {size} items' if op == 'list' else ''})"
            row = Row(
                "1",
                f"{label}: ours vs raw",
                med["ours"],
                med["raw"],
                "µs",
                "raw httpx + json.loads",
                Target.ratio_at_most(1.15) if op == "get" or size == settings.list_page_size else Target.info(),
                finding=f"calls-{op}",
                note=(
                    f"ours {med['ours'] - med['raw']:+.0f} µs/call over raw; p90 ours "
                    f"{_p90_us(live[op]['ours']):.0f} µs, raw {_p90_us(live[op]['raw']):.0f} µs, "
                    f"{sdk} {_p90_us(live[op]['sdk']):.0f} µs"
                ),
            )
            rows.append(row)
            if op == "list" and size != settings.list_page_size:
                limit = settings.item_overhead_us
                row = Row(
                    "1",
                    f"{label}: our cost per item over raw",
                    (med["ours"] - med["raw"]) / size,
                    None,
                    "µs",
                    "",
                    Target.value_at_most(limit, f"≤ {limit:g} µs"),
                    digits=2,
                    finding="calls-list",
                    note=f"ours {med['ours']:,.0f} µs, raw {med['raw']:,.0f} µs per call",
                )
                rows.append(row)
            # validation does not depend on the page size: measured on the small calls, where a few µs stand out
            # of the noise (on a 250-item page it is the difference of two ~1 ms medians)
            if op == "get" or size == settings.list_page_size:
                rows.append(
                    Row(
                        "1",
                        f"{label}: request validation cost per call (client CPU only)",
                        cpu["ours"] - cpu["ours_unvalidated"],
                        None,
                        "µs",
                        "",
                        Target.value_at_most(settings.validation_cost_us, f"≤ {settings.validation_cost_us:g} µs"),
                        digits=2,
                        finding="calls-validation",
                        note=f"ours {cpu['ours']:.1f} µs; validate_request=False {cpu['ours_unvalidated']:.1f} µs",
                    )
                )
            rows += [
                Row("1", f"{label}: ours vs {sdk}", med["ours"], med["sdk"], "µs", sdk),
                Row(
                    "1",
                    f"{label}, client CPU only: ours vs raw",
                    cpu["ours"],
                    cpu["raw"],
                    "µs",
                    "raw httpx + json.loads",
                    note=f"{sdk}: {cpu['sdk']:.0f} µs ({cpu['ours'] / cpu['sdk']:.2f}{TIMES} for ours)",
                ),
            ]
            if row.verdict == "MISS":
                func = canned_clients.get_calls["ours"] if op == "get" else canned_clients.list_calls["ours"]
                repeat = 3 if settings.quick else 2000
                section.details.append(
                    _profile_block(
                        f"our {vendor} {op}, client CPU only, {repeat} calls", profile_top(func, repeat=repeat)
                    )
                )
    finally:
        canned_clients.close()
    return rows


# -- 2 ---------------------------------------------------------------------------------------------------------------
def _page_bytes(server: Server, vendor: str, size: int) -> bytes:
    clients = variants(vendor, server, size)
    try:
        with httpx.Client(headers=clients.auth_headers) as http:
            response = http.get(clients.list_url, params=clients.list_params)
            response.raise_for_status()
            return response.content
    finally:
        clients.close()


def parse(settings: Settings) -> Section:
    size = settings.parse_page_size
    rounds = 10 if not settings.quick else 1
    section = Section(
        2,
        f"Parsing a {size}-item list page into models",
        method=f"""
One real {size}-item page per vendor, fetched once from the mock (`--recordings {settings.recordings}`), then parsed
in-process from the same bytes, no network: `json.loads` alone; ours `json.loads` + `<ListModel>.from_dict`
(telnyx `RoomRecordingList`, cloudflare `RecordingListResponse`), which is what our client does per page; the
official SDK's default path `json.loads` + `construct_type(type_=<page class>, value=...)` (what Stainless'
`_process_response_data` does when `_strict_response_validation` is off, the default: telnyx
`SyncDefaultFlatPagination[RoomRecording]`, cloudflare `RecordingGetRecordingsResponse`), and for information its
strict path `validate_type` (pydantic validation). Median of {rounds * max(1, settings.parse_repeats // rounds)} parses
each, interleaved, after 3 warm-up parses.
""",
    )
    for vendor in settings.call_vendors:
        with mock_server(vendor, recordings=max(settings.recordings, size), seed=settings.seed) as server:
            body = _page_bytes(server, vendor, size)
        funcs_by_name = parsers(vendor)
        counts = {name: parse_page(body) for name, parse_page in funcs_by_name.items()}
        if set(counts.values()) != {size}:
            raise RuntimeError(f"{vendor}: expected {size} items from every parser, got {counts}")
        funcs: dict[str, Callable[[], object]] = {
            name: functools.partial(parse_page, body) for name, parse_page in funcs_by_name.items()
        }
        samples = interleaved(funcs, warmup=3, rounds=rounds, per_round=max(1, settings.parse_repeats // rounds))
        ms = {name: median_us(values) / 1000 for name, values in samples.items()}
        label = f"parse {size} items ({vendor}, {len(body) / 1000:.0f} kB)"
        sdk = "telnyx SDK" if vendor == "telnyx" else "cloudflare SDK"
        row = Row(
            "2",
            f"{label}: ours vs {sdk}",
            ms["ours"],
            ms["sdk"],
            "ms",
            f"{sdk} construct_type",
            Target.ratio_at_most(1.0, f"≤ 1.0{TIMES} (no slower)"),
            digits=2,
        )
        section.rows += [
            row,
            Row(
                "2",
                f"{label}: ours vs {sdk} strict",
                ms["ours"],
                ms["sdk-strict"],
                "ms",
                f"{sdk} validate_type",
                digits=2,
            ),
            Row("2", f"{label}: ours vs json.loads", ms["ours"], ms["json"], "ms", "json.loads alone", digits=2),
        ]
        if row.verdict == "MISS":
            section.details.append(
                _profile_block(f"our {vendor} page parse, 50 parses", profile_top(funcs["ours"], repeat=50))
            )
    return section


# -- 3 ---------------------------------------------------------------------------------------------------------------
def _mb(value: int | float) -> float:
    return value / MB


def paginate(settings: Settings) -> Section:
    count, size = settings.recordings, settings.paginate_page_size
    section = Section(
        3,
        f"Auto-paginating {count:,} recordings",
        method=f"""
Telnyx mock with `--recordings {count}`. Each variant runs in a fresh interpreter (`python -m bench.child`): it builds
its client and makes one 1-item request (so the connection is open and lazy imports are done), then, on a signal,
iterates over all {count:,} recordings {size} per page: ours `client.room_recordings.iter_list(page_size={size})`
(models built per page), the baseline a raw httpx loop (`page[number]`/`page[size]`, `json.loads`, until
`meta.total_pages`), and for information the telnyx SDK's auto-pagination (`for r in client.room_recordings.list(
page_size={size})`). The parent samples the child's RSS with psutil every {settings.rss_interval * 1000:g} ms; growth
= peak during the iteration minus RSS right before it (the higher of that and the kernel's VmHWM after a
`clear_refs` reset). MB = 10^6 bytes.
""",
    )
    facts = vendor_facts("telnyx")
    with mock_server("telnyx", recordings=count, seed=settings.seed) as server:
        args = {
            "client_kwargs": {**facts.client_kwargs, "base_url": server.base_url},
            "base_url": server.base_url,
            "headers": dict(facts.auth_headers),
            "list_url": server.base_url + "/room_recordings",
            "page_size": size,
        }
        runs: dict[str, ChildRun] = {}
        for task in ("paginate-raw", "paginate-ours", "paginate-sdk"):
            runs[task] = run_child(task, args, interval=settings.rss_interval)
            if runs[task].result["items"] != count:
                raise RuntimeError(f"{task} saw {runs[task].result['items']} items, expected {count}")
        ours, raw, sdk = runs["paginate-ours"], runs["paginate-raw"], runs["paginate-sdk"]
        rss_row = Row(
            "3",
            f"iter_list {count:,} items, page_size {size}: peak RSS growth",
            _mb(ours.growth),
            _mb(raw.growth),
            "MB",
            "raw httpx loop",
            Target.value_below(10, "< 10 MB"),
            digits=1,
            note=(
                f"sampled {_mb(ours.sampled_growth):.1f} MB ({ours.samples} samples), VmHWM "
                f"{_mb(ours.hwm_growth or 0):.1f} MB; raw sampled {_mb(raw.sampled_growth):.1f} MB, "
                f"VmHWM {_mb(raw.hwm_growth or 0):.1f} MB; RSS before: ours {_mb(ours.rss_before):.0f} MB, "
                f"raw {_mb(raw.rss_before):.0f} MB"
            ),
        )
        section.rows += [
            Row(
                "3",
                f"iter_list {count:,} items, page_size {size}: time",
                ours.seconds,
                raw.seconds,
                "s",
                "raw httpx loop",
                digits=2,
                note=f"{count / ours.seconds:,.0f} items/s ours, {count / raw.seconds:,.0f} items/s raw",
            ),
            rss_row,
            Row(
                "3",
                "telnyx SDK auto-pagination: time",
                sdk.seconds,
                raw.seconds,
                "s",
                "raw httpx loop",
                digits=2,
            ),
            Row(
                "3",
                "telnyx SDK auto-pagination: peak RSS growth",
                _mb(sdk.growth),
                _mb(raw.growth),
                "MB",
                "raw httpx loop",
                digits=1,
            ),
        ]
        if rss_row.verdict == "MISS":
            profiled = run_child("paginate-ours", {**args, "profile": True}, interval=settings.rss_interval)
            section.details.append(_profile_block("iter_list", str(profiled.result.get("profile", ""))))
    return section


# -- 4 ---------------------------------------------------------------------------------------------------------------
def download(settings: Settings) -> Section:
    size = settings.download_size
    human = f"{size / 2**30:g} GiB" if size >= 2**30 else f"{size / 2**20:g} MiB"
    section = Section(
        4,
        f"Downloading a {human} recording",
        method=f"""
The telnyx mock app with one recording file resized to exactly {size:,} bytes (`python -m bench.fileserver`: the
same app as `python -m specmock serve`; the mock generates the bytes while streaming them, with Range support). Each run
is a fresh interpreter (`python -m bench.child`) that opens its connection first (a HEAD request) and then
downloads the whole file into a binary file object that discards the bytes (so the disk is not involved): ours
`client.download(url, sink)` (1 MiB chunks, size check), the baseline `httpx.Client().stream("GET", url)` +
`for chunk in response.iter_bytes(): sink.write(chunk)`. {settings.download_runs} run(s) each, alternating; the
best throughput of each is reported (MB/s, MB = 10^6 bytes). RSS is sampled by the parent every
{settings.rss_interval * 1000:g} ms; the target applies to the child's whole peak RSS (interpreter, httpx and the
package included), growth is in the note.
""",
    )
    facts = vendor_facts("telnyx")
    with mock_server("telnyx", recordings=None, seed=settings.seed, file_size=size) as server:
        url = str(server.info["file_url"])
        args: dict[str, Any] = {"client_kwargs": {**facts.client_kwargs, "base_url": server.base_url}, "url": url}
        variants_: dict[str, tuple[str, dict[str, Any]]] = {
            "download-raw": ("download-raw", args),
            "download-ours": ("download-ours", args),
            "download-ours-unchunked": ("download-ours", {**args, "chunk_size": None}),
        }
        runs: dict[str, list[ChildRun]] = {name: [] for name in variants_}
        for _ in range(settings.download_runs):
            for name, (task, task_args) in variants_.items():
                run = run_child(task, task_args, interval=settings.rss_interval)
                if run.result["bytes"] != size or run.result["written"] != size:
                    raise RuntimeError(f"{name}: got {run.result}, expected {size} bytes")
                runs[name].append(run)
        best = {task: min(values, key=lambda run: run.seconds) for task, values in runs.items()}
        peak = {task: max(values, key=lambda run: run.rss_peak) for task, values in runs.items()}
        growth = {task: max(run.growth for run in values) for task, values in runs.items()}
        ours_mbps = size / MB / best["download-ours"].seconds
        raw_mbps = size / MB / best["download-raw"].seconds
        every = {task: ", ".join(f"{size / MB / run.seconds:,.0f}" for run in values) for task, values in runs.items()}
        section.rows += [
            Row(
                "4",
                f"download {human}: throughput",
                ours_mbps,
                raw_mbps,
                "MB/s",
                "raw httpx.stream",
                Target.ratio_at_least(0.9),
                finding="download-throughput",
                note=f"every run, MB/s: ours {every['download-ours']}; raw {every['download-raw']}",
            ),
            Row(
                "4",
                f"download {human}: throughput, ours with chunk_size=None",
                size / MB / best["download-ours-unchunked"].seconds,
                raw_mbps,
                "MB/s",
                "raw httpx.stream",
                note=(
                    "`client.download(url, sink, chunk_size=None)`: chunks as httpx receives them instead of "
                    f"re-buffered to 1 MiB; every run, MB/s: {every['download-ours-unchunked']}; peak RSS "
                    f"{_mb(peak['download-ours-unchunked'].rss_peak):.1f} MB"
                ),
            ),
            Row(
                "4",
                f"download {human}: peak RSS",
                _mb(peak["download-ours"].rss_peak),
                _mb(peak["download-raw"].rss_peak),
                "MB",
                "raw httpx.stream",
                Target.value_below(60, "< 60 MB"),
                digits=1,
                note=(
                    f"growth during the download: ours {_mb(growth['download-ours']):.1f} MB, "
                    f"raw {_mb(growth['download-raw']):.1f} MB (RSS before: ours "
                    f"{_mb(peak['download-ours'].rss_before):.1f} MB, "
                    f"raw {_mb(peak['download-raw'].rss_before):.1f} MB)"
                ),
            ),
        ]
        if any(row.verdict == "MISS" for row in section.rows):
            profiled = run_child("download-ours", {**args, "profile": True}, interval=settings.rss_interval)
            section.details.append(_profile_block("client.download, one run", str(profiled.result.get("profile"))))
        if settings.download_real_file:
            real = run_child("download-ours-file", args, interval=settings.rss_interval)
            if real.result["written"] != size:
                raise RuntimeError(f"download to a file: got {real.result}, expected {size} bytes")
            section.rows.append(
                Row(
                    "4",
                    f"download {human} to a real file (.part + rename, deleted after)",
                    size / MB / real.seconds,
                    raw_mbps,
                    "MB/s",
                    "raw httpx.stream, discarded",
                    note=f"peak RSS {_mb(real.rss_peak):.1f} MB (the page cache is not RSS)",
                )
            )
    return section


# -- 5 ---------------------------------------------------------------------------------------------------------------
def _server_profile(path: Path, limit: int = 20) -> str:
    out = io.StringIO()
    pstats.Stats(str(path), stream=out).strip_dirs().sort_stats("tottime").print_stats(limit)
    text = out.getvalue()
    return text[text.find("   ncalls") :].rstrip()


def rps(settings: Settings, *, prism: bool = True) -> Section:
    vendor = settings.rps_vendor
    facts = vendor_facts(vendor)
    headers = dict(facts.auth_headers)
    conns = settings.rps_connections
    query = f"?page%5Bnumber%5D=1&page%5Bsize%5D={settings.list_page_size}"
    one = "?page%5Bnumber%5D=1&page%5Bsize%5D=1"
    section = Section(
        5,
        "Mock server requests/s vs Prism",
        method=f"""
`GET /room_recordings?page[number]=1&page[size]={settings.list_page_size}` with the Authorization header, on the
{vendor} spec, from `python -m bench.loadgen` (a small asyncio HTTP/1.1 load generator in its own process, the same
for every server): {conns} keep-alive connections, each sending its next request as soon as the previous answer is
complete, {settings.rps_warmup:g} s warm-up, then completed requests counted for {settings.rps_seconds:g} s. With
requests always in flight the server never waits for the client, so this is the server's capacity on one core (the
load generator has the other). Ours: `python -m specmock serve --vendor {vendor}` (default seed data, uvicorn with
httptools and uvloop). Prism: `prism mock specs/{vendor}/openapi.yaml` (pinned in bench/node), `--verboseLevel
error` so that it does not log every request either; it answers with the spec's example, one recording (and serves
the paths without the `/v2` server prefix). Every response must be a 200. The mock answers a repeated read from its
list cache (`specmock/state/cache.py`: valid until any item changes); the row "every request different" adds a fresh
`vary=<n>` query parameter to each request so that every answer is computed (filter, page, render, JSON). For
information, also: one connection at a time (latency-bound), the mock seeded with `--recordings {settings.recordings}`,
a 1-recording page (about the size of Prism's answer), the mock's `/_mock/health` route (uvicorn + Starlette, no mock
logic) and a server that does no work at all (`python -m bench.floorserver`: the load generator's own ceiling).
""",
    )

    def measure(server: Server, path: str, *, connections: int = conns, vary: str | None = None) -> tuple[float, int]:
        result = load(server.base_url + path, headers, settings, connections=connections, vary=vary)
        return float(result["rps"]), int(result["response_bytes"])

    with mock_server(vendor, recordings=None, seed=settings.seed) as server:
        ours, ours_bytes = measure(server, "/room_recordings" + query)
        computed, _ = measure(server, "/room_recordings" + query, vary="vary")
        single, _ = measure(server, "/room_recordings" + query, connections=1)
        small, small_bytes = measure(server, "/room_recordings" + one)
        health = float(load(server.origin + "/_mock/health", {}, settings, connections=conns)["rps"])
    with mock_server(vendor, recordings=settings.recordings, seed=settings.seed) as server:
        big, big_bytes = measure(server, "/room_recordings" + query)
        big_computed, _ = measure(server, "/room_recordings" + query, vary="vary")
    with floor_server() as server:
        ceiling, _ = measure(server, "/room_recordings" + query)
    prism_rps: float | None = None
    prism_single: float | None = None
    prism_bytes = 0
    baseline = "Prism 5.16.0"
    if prism:
        with prism_server(vendor) as server:
            prism_rps, prism_bytes = measure(server, "/room_recordings" + query)
            prism_single, _ = measure(server, "/room_recordings" + query, connections=1)
    else:
        section.skipped = "Prism not run (--skip prism)"
        baseline = "Prism not run"
    row = Row(
        "5",
        f"mock list ({vendor}, default seed), {conns} connections",
        ours,
        prism_rps,
        "req/s",
        baseline,
        Target.ratio_at_least(3.0),
        finding="rps",
        note=(
            f"response {ours_bytes:,} bytes ({settings.list_page_size} recordings); "
            f"Prism's {prism_bytes:,} bytes (the spec example)"
        ),
    )

    def info(what: str, value: float, versus: float | None = prism_rps, note: str = "") -> Row:
        return Row("5", what, value, versus, "req/s", baseline, note=note)

    section.rows += [
        row,
        info(f"mock list ({vendor}), every request different (no cache hits)", computed),
        info(f"mock list ({vendor}), one connection at a time", single, prism_single, "Prism also on one connection"),
        info(f"mock list ({vendor}), 1 recording per page", small, note=f"response {small_bytes:,} bytes"),
        info(f"mock list ({vendor}, --recordings {settings.recordings})", big, note=f"response {big_bytes:,} bytes"),
        info(f"mock list ({vendor}, --recordings {settings.recordings}), every request different", big_computed),
        info("mock /_mock/health (stack ceiling, no mock logic)", health),
        info(
            "no-op asyncio server (the load generator's ceiling)",
            ceiling,
            note="`python -m bench.floorserver`: a canned response, no HTTP parsing; no server can score higher here",
        ),
        *scale_rows(settings, prism=prism, query=query),
    ]
    if row.verdict == "MISS" and prism:
        with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
            stats = Path(tmp) / "mock.prof"
            with mock_server(vendor, recordings=None, seed=settings.seed, profile=stats) as server:
                measure(server, "/room_recordings" + query)
            if stats.exists():
                section.details.append(
                    _profile_block(
                        f"the mock server process during {settings.rps_seconds:g} s of list requests",
                        _server_profile(stats),
                    )
                )
    return section


# -- 6 ---------------------------------------------------------------------------------------------------------------
def _timed(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, done


def _plain_generator() -> float:
    """openapi-python-client alone (no templates, validation, ruff pass of ours, or mypy) on the same specs."""
    binary = Path(PYTHON).parent / "openapi-python-client"
    with tempfile.TemporaryDirectory(prefix="bench-opc-") as tmp:
        start = time.perf_counter()
        for spec in sorted((ROOT / "specs").glob("*/openapi.yaml")):
            command = [str(binary), "generate", "--path", str(spec), "--meta", "none"]
            command += ["--output-path", str(Path(tmp) / spec.parent.name)]
            done = subprocess.run(command, cwd=tmp, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(
                    f"openapi-python-client failed on {spec}:\n{done.stdout[-1500:]}{done.stderr[-1500:]}"
                )
        return time.perf_counter() - start


def generate(settings: Settings) -> Section:
    section = Section(
        6,
        "Generating and checking the clients",
        method="""
The real commands, run from the repository root: `make generate` (validate the specs, render, ruff, replace
generated/ wholesale with byte-identical content, then `mypy --strict --no-incremental` over the generated
packages) and `make check-generated` (build into a temp dir and diff). If the venv stamp is stale, `make bootstrap`
runs first, untimed. Baseline: plain `openapi-python-client generate --meta none` (0.29.1, its default ruff hook)
over the same four specs, without our templates, spec validation, runtime copy or mypy.
""",
    )
    make = shutil.which("make")
    if make is None:
        raise RuntimeError("make is not installed")
    stale = subprocess.run([make, "-q", ".venv/.bootstrapped"], cwd=ROOT, capture_output=True, check=False)
    if stale.returncode != 0:
        section.details.append("The venv stamp was stale: `make bootstrap` ran first (not timed).")
        subprocess.run([make, "bootstrap"], cwd=ROOT, capture_output=True, check=True)
    baseline = _plain_generator()
    results: dict[str, float] = {}
    for target in ("generate", "check-generated"):
        runs = []
        for _ in range(settings.generate_runs):
            seconds, done = _timed([make, target], ROOT)
            if done.returncode != 0:
                raise RuntimeError(
                    f"make {target} failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
                )
            runs.append(seconds)
        results[target] = min(runs)
    section.rows += [
        Row(
            "6",
            "make generate (4 specs, incl. mypy --strict)",
            results["generate"],
            baseline,
            "s",
            "plain openapi-python-client",
            Target.value_at_most(15, "≤ 15 s"),
            digits=1,
        ),
        Row(
            "6",
            "make check-generated",
            results["check-generated"],
            baseline,
            "s",
            "plain openapi-python-client",
            Target.value_at_most(20, "≤ 20 s"),
            digits=1,
        ),
    ]
    return section


NUMBERS = {
    "calls": 1,
    "parse": 2,
    "paginate": 3,
    "download": 4,
    "rps": 5,
    "generate": 6,
    "merged": 7,
    "archive": 8,
    "webhooks": 9,
}
SECTIONS: dict[str, Callable[..., Section]] = {
    "generate": generate,
    "calls": calls,
    "parse": parse,
    "paginate": paginate,
    "download": download,
    "rps": rps,
    "merged": merged,
    "archive": archive,
    "webhooks": webhooks,
}

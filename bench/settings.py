"""Sizes and repetition counts: the full run (``make bench``) and the tiny one (``--quick``, the smoke test)."""

from __future__ import annotations

import dataclasses

__all__ = ["FULL", "QUICK", "Settings"]


@dataclasses.dataclass(frozen=True)
class Settings:
    quick: bool
    seed: int = 1
    recordings: int = 10_000  # seeded into each mock (`python -m specmock serve --recordings`)
    call_vendors: tuple[str, ...] = ("telnyx", "cloudflare")
    call_warmup: int = 50  # calls per client before timing
    call_rounds: int = 10  # the clients take turns, round after round, to spread drift evenly
    call_per_round: int = 40  # timed calls per client per round (samples = rounds * per_round)
    list_page_size: int = 20  # the vendors' default page size (section 1's first list row, section 5)
    list_page_sizes: tuple[int, ...] = (20, 250)  # section 1 lists at each: the default and the largest real page
    item_overhead_us: float = 3.0  # target for larger pages: our cost per listed item over raw httpx + json.loads
    validation_cost_us: float = 3.0  # target: what checking a call's arguments against the spec adds per call
    parse_page_size: int = 250
    parse_repeats: int = 100
    paginate_page_size: int = 250
    download_size: int = 1 << 30
    download_runs: int = 5  # per variant, alternating; best of each (a 1 GiB run takes about a second)
    download_real_file: bool = True  # one extra download of ours to a real file (deleted afterwards)
    rps_vendor: str = "telnyx"
    rps_warmup: float = 1.0  # seconds
    rps_seconds: float = 5.0
    rps_connections: int = 16  # concurrent keep-alive connections of bench.loadgen
    rss_interval: float = 0.002  # seconds between RSS samples
    rss_requests: int = 1_000_000  # section 5: the mock's RSS growth over this many list requests
    generate_runs: int = 1
    archive_recordings: int = 40  # seeded into each vendor's mock for section 8 (about 3/4 of them are ready)
    archive_latency: float = 0.02  # seconds the mock adds to every request (a storage round trip)
    archive_concurrency: tuple[int, ...] = (1, 4, 16)
    archive_runs: int = 2


FULL = Settings(quick=False)
QUICK = Settings(
    quick=True,
    recordings=600,
    call_warmup=3,
    call_rounds=2,
    call_per_round=3,
    parse_repeats=3,
    download_size=8 << 20,
    download_runs=1,
    download_real_file=True,
    rps_warmup=0.1,
    rps_seconds=0.3,
    rps_connections=4,
    rss_interval=0.005,
    rss_requests=3000,
    archive_recordings=4,
    archive_runs=1,
)

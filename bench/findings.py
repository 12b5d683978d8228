"""What the profiles showed for each target that can miss, and the fix, by finding key (``Row.finding``).

BENCHMARKS.md prints the entry of every row that misses its target in that run (with the run's own cProfile output
under "How each number was measured"); an entry whose row passes is left out, so a fixed problem drops out of the
report by itself. Figures quoted here were measured while writing the analysis (2-core Xeon VM, CPython 3.11.7).
"""

from __future__ import annotations

__all__ = ["FINDINGS"]

FINDINGS: dict[str, str] = {
    "calls-get": """
**Per-call time, `get`.** The "client CPU only" rows isolate what the client costs without network or server
(an `httpx.MockTransport` answering with the mock's bytes). Profiled (`cProfile`, 5,000 calls), our extra cost over
raw httpx + `json.loads` on a `get` (about +70-90 µs) is:
1. about 30 µs: `generator/runtime/_core.py`, `ClientCore.build` passes `params=list(request.params)`, an *empty
   list* for calls without a query; httpx then re-parses and rebuilds the URL (`Request.__init__` →
   `URL.copy_merge_params`, a second `urlparse`). Fix: `params=list(request.params) or None`. Measured:
   telnyx `get` 177 → 145 µs client CPU.
2. about 7 µs: `ClientCore.headers` rebuilds and httpx re-normalises `User-Agent`, `Accept` and `default_headers` on
   every call. Fix: in `generator/runtime/_client.py`, `SyncClient.__init__`/`AsyncClient.__init__`, when the client
   creates its own `httpx.Client`, pass `headers={"User-Agent": ..., "Accept": "application/json",
   **settings.default_headers}` there, and have `ClientCore.headers` return only the auth, operation and per-call
   headers (keep the full set when the user supplies `http_client=`). Measured: 145 → 139 µs.
3. the rest (about 25-40 µs) is building the typed response (`RoomRecordingResponse.from_dict`, four `uuid.UUID`
   and five `datetime.fromisoformat` per recording), `APIResponse`, the request-id lookup and the retry state: the
   price of typed results, half of what the official SDKs spend (see the "ours vs SDK" rows).
Fixes 1 and 2 remove about 40 µs per call, 5-6% of a ~700 µs `get` round trip on this mock.
""",
    "calls-list": """
**Per-call time, `list`.** Raw httpx + `json.loads` stops at dicts; ours builds one attrs model per recording. At
about 7.5 µs per recording (telnyx: 45% of it `uuid.UUID()` for `id`, `room_id`, `session_id`, `participant_id`,
~0.8 µs each; then the generated `from_dict` body: `dict(src_dict)`, `pop`, `isinstance(_x, Unset)` per field) a
20-item page costs ~150 µs of the ~190 µs difference; the rest is the request path of the `get` finding above
(items 1 and 2 apply here too, ~10-35 µs). A faster `UUID` constructor saves only ~0.1 µs per id. What would
meet 1.15x on a ~1 ms round trip: (a) the two runtime fixes of the `get` finding, and (b) lazy item models:
in `generator/templates/model.py.jinja`, for array-of-object properties (`data`), keep the raw list and build each
item on first access (a small sequence wrapper), so a page costs `json.loads` plus what the caller reads. (b) is a
design change (errors in an item would surface on access, not in `list()`); the alternative is to accept a ~1.2-1.3x
target for list calls, where we remain about 2x faster than the official SDKs (rows "ours vs SDK").
""",
    "download-throughput": """
**Download throughput.** `client.download` reads `response.iter_bytes(chunk_size)` with `chunk_size = 1 MiB`
(`generator/runtime/_download.py`, `DEFAULT_CHUNK_SIZE`, used by `download_sync` and `download_async`; the
`download()` methods in `generator/templates/client.py.jinja` also default `chunk_size: int = 1 << 20`). httpx's
`ByteChunker` then copies every 64 KiB network read into a `BytesIO`, copies the buffer out with `getvalue()` and
slices it again: three copies of each byte and a 1 MiB buffer, which halves throughput at loopback speed. In the
profile below, `BytesIO.write` and the slicing list comprehension of `ByteChunker.decode` (`httpx/_decoders.py`)
are the two biggest entries, above `socket.recv`. The row "ours with chunk_size=None", measured in the same run, is
the fix: iterate `response.iter_bytes()` / `aiter_bytes()` without a size (chunks as received, at most 64 KiB with
h11), i.e. `DEFAULT_CHUNK_SIZE = None` and `chunk_size: int | None = None` in both places (the README's "streams in
1 MiB chunks" becomes "streams chunk by chunk as received"). It also lowers peak RSS (no 1 MiB buffer).
""",
    "rps": """
**Mock requests/s vs Prism.** Two limits, one of the method and one of the mock:
1. *The stack and the method leave no room for 3x.* One sequential Python httpx client spends 100-200 µs of CPU
   per request itself (section 1, "client CPU only") plus two loopback syscalls, and the mock's stack, uvicorn
   (pure-Python h11 protocol, asyncio loop) + Starlette, adds ~150-250 µs more even with no mock logic at all:
   the row "/_mock/health" stayed at 1.9-2.6x Prism in every run while writing this (Prism itself varied between
   650 and 1,000 req/s with the machine's load). So no handler on this stack can reach 3x with this method. The row
   "no-op asyncio server" (`python -m bench.floorserver`) is this client's own ceiling. To measure server capacity
   rather than one client's latency, use concurrent connections (asyncio httpx with N connections, or a compiled
   load generator such as `oha`/`wrk`, not installed here) and/or server CPU time per request.
2. *The mock's own cost per request*, from the profile of the server process below (`python -m cProfile -m mock
   serve`, SIGINT to write the stats): `mock/store.py` `Collection.render` deep-copies every item of the page with
   `copy_json` and rebuilds its download URL with `urllib.parse.quote` on every request (the largest application
   cost: cache the rendered item per id and invalidate it where `_changed` is called, or copy shallowly since the
   result is only serialised); the per-item `matches(...)` of the download rule; jsonschema request validation; and
   h11 sending headers and body in two `socket.send` calls. Measured while writing this: with `httptools` and
   `uvloop` importable (uvicorn picks them automatically: `uvicorn[standard]`), `/_mock/health` went from 1,750 to
   2,350 req/s but the 20-item list only from 834 to 913 req/s, so the application cost, not the stack, is what
   caching must remove for the list to approach the stack's floor.
Separately (not a throughput issue of `serve`): `mock/server.py` `_free_socket`, used by `mock.running(...)`, creates
its listening socket with `socket.socket(AF_INET, SOCK_STREAM)` (protocol 0). asyncio only sets `TCP_NODELAY` on
sockets whose `proto == IPPROTO_TCP` (`asyncio.base_events._set_nodelay`), so every connection accepted through
`running()` keeps Nagle on and each response waits ~40 ms for the client's delayed ACK: 22 requests/s instead of
2,100 on `/_mock/health` (measured). Fix: `socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)`.
`python -m mock serve` (used here) lets uvicorn bind and is not affected.
""",
}

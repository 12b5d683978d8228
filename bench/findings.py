"""What the profiles showed for each target that can miss, and the fix, by finding key (``Row.finding``).

BENCHMARKS.md prints the entry of every row that misses its target in that run (with the run's own cProfile output
under "How each number was measured"); an entry whose row passes is left out, so a fixed problem drops out of the
report by itself. Figures quoted here were measured while writing the analysis (2-core Xeon VM, CPython 3.11.7).
"""

from __future__ import annotations

__all__ = ["FINDINGS"]

FINDINGS: dict[str, str] = {
    "calls-get": """
**Per-call time, `get`.** The "client CPU only" rows isolate what the client costs without network or server (an
`httpx.MockTransport` answering with the mock's bytes; there the client is given an `http_client=`, so the static
headers are merged per request). What is left over raw httpx + `json.loads` after the fixes below is building the
typed response (`from_dict`, about 3 µs per recording), `APIResponse`, the request-id lookup and the retry state,
about 25-35 µs. Fixed earlier, from profiles of this benchmark (`generator/runtime/_core.py`, `_client.py`): no
empty `params` list (httpx re-parsed the URL, ~30 µs); the query string encoded in one step instead of `params=`
(httpx parsed and rebuilt the URL a second time, ~10-30 µs); `User-Agent`, `Accept` and `default_headers` set on
the client's own httpx client instead of merged into every request (~10 µs); the starting `Retry` state built once
per retry budget, path parameters quoted only when they need it, the request id read with one header lookup (~5 µs
together). If this row misses again, profile with `python -m cProfile` around `client.<resource>.get` in a loop and
compare with the raw variant.
""",
    "calls-list": """
**Per-call time, `list`.** Raw httpx + `json.loads` stops at dicts; ours builds one attrs model per recording, so
the difference grows with the page: what is left of it is that price. Fixed from the profiles of this benchmark
(parsing went from ~7.5 to ~1.6 µs per Telnyx recording and ~2.3 µs per Cloudflare one, which nests a meeting):
`format: uuid` generated as `str` instead of `uuid.UUID` (`generator/typemap.py`; 4 ids per Telnyx recording, ~0.8 µs
each); nested-model imports at module level instead of an `import` statement in every `from_dict` call; nullable
fields parsed inline instead of through a nested `_parse_x` function per item, without a `typing.cast` that built a
union object per item; enums through a dict lookup (`__by_value__`) instead of the Enum constructor (~0.35 µs each);
the model built with positional arguments (a 15-keyword call cost ~0.6 µs); date-times through a module-level
`fromisoformat` alias; plus the request-path fixes of the `get` finding. The ratio also depends on the mock: its
list cache (section 5) halved the round trip these calls are divided by (from ~850 to ~410 µs), so the same client
overhead weighs twice as much as in the first runs, where these rows read 1.09x (Telnyx) and 1.12x (Cloudflare)
after only the first half of these fixes. What a page still costs is the generated `from_dict` body: a `dict` copy,
a `pop` per field, `fromisoformat`, the attrs `__init__` (~0.06 µs per field); only lazily built items would remove
it, a design change (an invalid item would fail on access, not in
`list()`). `python -m cProfile` over `<ListModel>.from_dict(json.loads(body))` shows which field types dominate.
""",
    "calls-validation": """
**Request validation cost.** Each generated endpoint module checks its arguments with straight-line code written
from the spec (`generator/validation.py`: one `if` per rule, one `_check_<Schema>` function per object schema, no
schema walked at call time); the row is our client CPU-only time minus the same call with `validate_request=False`,
both medians of the same interleaved run, so a fraction of a µs is within noise. Measured with `timeit` while writing
it: a Telnyx `page` check 0.18 µs, a `filter` 0.24 µs, a path parameter ~0.1 µs. If this row misses, profile
`_build_request(..., validate=True)` of the endpoint module against `validate=False`: a check that converts or
copies a value (instead of reading it) is the usual suspect.
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
**Mock requests/s vs Prism.** Fixed from profiles of the mock under this load (`python -m cProfile -m specmock serve`
while `bench.loadgen` runs; SIGINT writes the stats): (1) uvicorn ran its pure-Python h11 protocol on the default
asyncio loop: with `httptools` and `uvloop` installed (pinned in pyproject.toml) `/_mock/health` went from ~9,700 to
~35,000 req/s; (2) every list request re-validated the query, filtered, paged, rendered and JSON-encoded the same page
(~350 µs): `specmock/state/cache.py` keeps the rendered bytes of a list answer until any item changes (`Store.version`),
and routing, auth, statistics and faults still run per request; (3) Starlette's router, middleware and `Request` parsing
(query parsed for auth that never reads it) sat in front of every API request: API paths now go straight to
`MockApp.api`, and auth parses the query or cookies only for a scheme that reads them. Earlier measurements with one
sequential httpx client showed only that client's latency (Prism and the mock both at ~1,300-1,600 req/s). If this row
misses again, the profile below is of the mock process during the measurement.
""",
}

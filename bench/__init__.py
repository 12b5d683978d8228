"""``python -m bench`` (``make bench``): our generated clients and mock server, measured side by side with baselines.

Every comparison runs in the same invocation, against the same loopback mock (``python -m specmock serve``) and the same
payloads: raw httpx + json.loads, the official Stainless-built ``cloudflare`` and ``telnyx`` SDKs, and Prism. The
results are printed as a table and written to BENCHMARKS.md together with the machine they were measured on.
``python -m bench --quick`` runs every section with tiny sizes (the smoke test in tests/bench/ does that).
"""

from __future__ import annotations

__all__: list[str] = []

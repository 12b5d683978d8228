# Copied from generator/runtime/_retry.py by `make generate`. Do not edit.
"""Retry policy: httpx-retries' ``Retry`` supplies backoff with jitter and Retry-After parsing; we add the caps."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping

from httpx_retries import Retry

from ._constants import (
    DEFAULT_MAX_RETRIES,
    RETRY_CACHE_SIZE,
    RETRY_INITIAL_DELAY,
    RETRY_JITTER,
    RETRY_MAX_DELAY,
    RETRY_MAX_RETRY_AFTER,
    RETRY_STATUSES,
)

__all__ = ["DEFAULT_MAX_RETRIES", "RETRY_STATUSES", "RetryPolicy"]


@dataclasses.dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How the client retries: exponential backoff with jitter, honouring ``Retry-After`` up to a cap.

    Only idempotent operations are retried (the spec decides: GET/PUT/DELETE, or ``x-idempotent``);
    a request that may have started something (POST) is never sent twice.
    """

    initial_delay: float = RETRY_INITIAL_DELAY
    max_delay: float = RETRY_MAX_DELAY
    jitter: float = RETRY_JITTER
    max_retry_after: float = RETRY_MAX_RETRY_AFTER

    def start(self, max_retries: int) -> Retry:
        """The httpx-retries ``Retry`` state a call starts from. ``Retry.increment`` returns a new object and the
        client never calls the methods that change one in place (``sleep``), so one instance per budget is shared
        (building it costs more than the rest of the retry bookkeeping of a call)."""
        return _initial_retry(self, max(0, max_retries))

    def build(self, max_retries: int) -> Retry:
        """A new ``Retry`` for a budget of ``max_retries`` (what :meth:`start` caches)."""
        return Retry(
            total=max(0, max_retries),
            backoff_factor=self.initial_delay / 2,  # Retry doubles before the first sleep: d, 2d, 4d ...
            max_backoff_wait=self.max_delay,
            backoff_jitter=self.jitter,
            status_forcelist=RETRY_STATUSES,
            respect_retry_after_header=True,
        )

    def delay(self, retry: Retry, headers: Mapping[str, str] | None) -> float:
        """Seconds to wait before the attempt ``retry`` describes: Retry-After (capped) if valid, else backoff."""
        value = (headers or {}).get("retry-after", "").strip()
        if value:
            try:
                seconds = retry.parse_retry_after(value)  # delta-seconds or an HTTP date
            except ValueError:
                seconds = -1.0
            if seconds >= 0:
                return min(seconds, self.max_retry_after)
        return retry.backoff_strategy()


@functools.lru_cache(maxsize=RETRY_CACHE_SIZE)
def _initial_retry(policy: RetryPolicy, max_retries: int) -> Retry:
    return policy.build(max_retries)

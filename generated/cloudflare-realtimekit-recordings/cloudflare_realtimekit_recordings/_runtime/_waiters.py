# Copied from generator/runtime/_waiters.py by `make generate`. Do not edit.
"""Waiters: poll a get-one operation until the resource reaches a status: a terminal one from the spec's
``x-waiter`` (``wait_until_done``), or any status the caller names (``wait_until_status``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Collection, Iterable
from typing import Any, TypeVar

from ._errors import WaiterFailureError, WaiterTimeoutError
from ._util import scalar

__all__ = ["status_targets", "wait_until", "wait_until_async"]

T = TypeVar("T")


def status_targets(
    status: str | Iterable[str], *, success: Collection[str], failure: Collection[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """What to wait for and what to give up on when waiting for ``status`` (one status or several; enum members
    work too): every terminal status of the spec's waiter that is not wanted is a failure, since the resource can
    no longer get to the wanted one from there."""
    wanted = [status] if isinstance(status, str) else list(status) if isinstance(status, Iterable) else [status]
    if not wanted or not all(isinstance(s, str) and scalar(s) for s in wanted):
        raise ValueError(f"status must be a non-empty status string or a collection of them, not {status!r}")
    targets = frozenset(str(scalar(s)) for s in wanted)
    return targets, frozenset({*success, *failure} - targets)


def _verdict(
    value: Any, status: Callable[[Any], Any], success: Collection[str], failure: Collection[str]
) -> str | None:
    current = scalar(status(value))
    if current in success:
        return "success"
    if current in failure:
        raise WaiterFailureError(f"reached failure status {current!r}", last=value, status=current)
    return None


def wait_until(
    fetch: Callable[[], T],
    status: Callable[[T], Any],
    *,
    success: Collection[str],
    failure: Collection[str],
    timeout: float,
    poll_interval: float,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Fetch until ``status`` is in ``success`` (return the value) or ``failure`` (raise); raise on ``timeout``."""
    deadline = clock() + timeout
    while True:
        value = fetch()
        if _verdict(value, status, success, failure):
            return value
        remaining = deadline - clock()
        if remaining <= 0:
            current = scalar(status(value))
            raise WaiterTimeoutError(f"still {current!r} after {timeout:g}s", last=value, status=current)
        sleep(min(poll_interval, remaining))


async def wait_until_async(
    fetch: Callable[[], Awaitable[T]],
    status: Callable[[T], Any],
    *,
    success: Collection[str],
    failure: Collection[str],
    timeout: float,
    poll_interval: float,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """The asyncio twin of :func:`wait_until`."""
    deadline = clock() + timeout
    while True:
        value = await fetch()
        if _verdict(value, status, success, failure):
            return value
        remaining = deadline - clock()
        if remaining <= 0:
            current = scalar(status(value))
            raise WaiterTimeoutError(f"still {current!r} after {timeout:g}s", last=value, status=current)
        await sleep(min(poll_interval, remaining))

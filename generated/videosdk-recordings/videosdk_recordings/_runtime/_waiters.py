# Copied from generator/runtime/_waiters.py by `make generate`. Do not edit.
"""Waiters: poll a get-one operation until the resource reaches a terminal status from the spec's ``x-waiter``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Collection
from typing import Any, TypeVar

from ._errors import WaiterFailureError, WaiterTimeoutError
from ._util import scalar

__all__ = ["wait_until", "wait_until_async"]

T = TypeVar("T")


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

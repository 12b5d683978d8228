"""Fixtures of the common-API tests: every vendor's mock at once, and clients built from what each mock accepts."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from recordings._discovery import discover

import specmock

RECORDINGS = 260  # per vendor: more than two pages of every vendor's page size (100 or 250)
FAST = 0.001


def adapters() -> dict[str, Any]:
    return {key: found.adapter for key, found in discover().items() if found.adapter is not None}


def fast(client: Any) -> Any:
    """The client's waits between retries and polls cut to a millisecond."""
    real = client._sleep
    client._sleep = lambda seconds, _real=real: _real(min(seconds, FAST))
    return client


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, specmock.MockServer]]:
    with contextlib.ExitStack() as stack:
        yield {key: stack.enter_context(specmock.running(key, seed=7, recordings=RECORDINGS)) for key in adapters()}


@pytest.fixture
def fresh(servers: dict[str, specmock.MockServer]) -> Iterator[dict[str, specmock.MockServer]]:
    """The servers back at their seed data after the test (for tests that write)."""
    yield servers
    for server in servers.values():
        server.reset()


def make_clients(servers: dict[str, Any], *, asynchronous: bool = False, **overrides: Any) -> dict[str, Any]:
    out = {}
    for key, adapter in adapters().items():
        cls = adapter.async_client_class if asynchronous else adapter.client_class
        out[key] = fast(cls(**servers[key].client_kwargs(**overrides)))
    return out


@pytest.fixture
def clients(servers: dict[str, Any]) -> Iterator[dict[str, Any]]:
    made = make_clients(servers)
    yield made
    for client in made.values():
        client.close()


# By hand, without the common layer: each vendor's own pager and the field its listing is ordered by.
BY_HAND: dict[str, tuple[Callable[[Any], Any], str]] = {
    "cloudflare": (lambda c: c.recordings.iter_list(sort_by="invokedTime", sort_order="DESC"), "invoked_time"),
    "telnyx": (lambda c: c.room_recordings.iter_list(), "created_at"),
    "videosdk": (lambda c: c.recordings.iter_list(), "created_at"),
    "superviz": (lambda c: c.recordings.iter_list(), "created_at"),
}
ID_FIELD = {"superviz": "uuid"}


def by_hand(clients: dict[str, Any]) -> list[tuple[dt.datetime, str, str]]:
    """``(time, vendor, id)`` of every recording of every vendor, iterated with the vendors' own clients."""
    rows = []
    for vendor, client in clients.items():
        pager, time_field = BY_HAND[vendor]
        for item in pager(client):
            when = getattr(item, time_field)
            rows.append(
                (
                    when if when.tzinfo else when.replace(tzinfo=dt.UTC),
                    vendor,
                    getattr(item, ID_FIELD.get(vendor, "id")),
                )
            )
    return rows

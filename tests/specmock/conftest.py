"""The mock engine tested on a small spec of its own (fixtures/widgets) and on every vendor's mock.yaml."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import specmock
from specmock.pytest_plugin import mock_server, mock_server_factory  # noqa: F401 - fixtures

FIXTURES = Path(__file__).parent / "fixtures"
BEARER = {"Authorization": "Bearer w1dget-token"}


def load_widgets() -> specmock.MockVendor:
    return specmock.load_vendor("widgets", FIXTURES)


@pytest.fixture
def widgets(mock_server_factory) -> Iterator[Callable[..., tuple[specmock.MockServer, httpx.Client]]]:  # noqa: F811
    """``widgets(**options)``: a started widgets mock and an httpx client on its base URL (with the bearer token)."""
    clients: list[httpx.Client] = []

    def start(**options: Any) -> tuple[specmock.MockServer, httpx.Client]:
        server = mock_server_factory(load_widgets(), **options)
        client = httpx.Client(base_url=server.base_url, headers=BEARER, timeout=10)
        clients.append(client)
        return server, client

    yield start
    for client in clients:
        client.close()

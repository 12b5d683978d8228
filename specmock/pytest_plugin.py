"""pytest fixtures for testing code against the mock. Enable with ``pytest_plugins = ["specmock.pytest_plugin"]`` in
your top-level conftest.py (or import the fixtures into a conftest)::

    def test_lists(mock_server_factory):
        server = mock_server_factory("telnyx", seed=1, recordings=100)
        client = TelnyxRoomRecordings(**server.client_kwargs())

    @pytest.mark.parametrize("mock_server", ["cloudflare", {"vendor": "telnyx", "recordings": 500}], indirect=True)
    def test_any(mock_server): ...

Every server is stopped at teardown, and a response that broke the spec fails the test there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from .server import MockServer, running

__all__ = ["mock_server", "mock_server_factory"]


@pytest.fixture
def mock_server_factory() -> Iterator[Callable[..., MockServer]]:
    """``start(vendor, **options)`` starts a mock (options as for ``specmock.running``); all stop at teardown."""
    with contextlib.ExitStack() as stack:

        def start(vendor: str, **options: Any) -> MockServer:
            return stack.enter_context(running(vendor, **options))

        yield start


@pytest.fixture
def mock_server(request: pytest.FixtureRequest, mock_server_factory: Callable[..., MockServer]) -> MockServer:
    """One mock, chosen by indirect parametrization: a vendor name or ``{"vendor": ..., **options}``."""
    param = getattr(request, "param", None)
    if param is None:
        raise pytest.UsageError(
            'mock_server needs a vendor: @pytest.mark.parametrize("mock_server", ["<vendor>"], indirect=True)'
        )
    options = dict(param) if isinstance(param, dict) else {"vendor": param}
    return mock_server_factory(options.pop("vendor"), **options)

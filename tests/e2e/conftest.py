"""End-to-end fixtures: the generated clients against the mock over loopback, or against ``TEST_API_BASE_URL``.

``TEST_API_BASE_URL`` (or ``TEST_API_BASE_URL_<VENDOR>``, e.g. ``TEST_API_BASE_URL_TELNYX``) points a vendor's tests at
another server, e.g. the live API or ``make mock``; credentials then come from the clients' usual environment
variables. Tests that need the in-process mock (faults, server-side counters, admin calls) skip there, and tests
that start, stop or delete recordings also need LIVE_ALLOW_WRITES=1.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import yaml

import specmock
from specmock.pytest_plugin import mock_server_factory  # noqa: F401 - fixture

ROOT = specmock.config.ROOT


@dataclasses.dataclass
class Api:
    """One vendor's API under test and how to build its generated clients."""

    vendor: str
    package: types.ModuleType
    client_class: str
    base_url: str
    server: specmock.MockServer | None

    def _kwargs(self, **overrides: Any) -> dict[str, Any]:
        fast = self.package.RetryPolicy(initial_delay=0.01, max_delay=0.05, jitter=0.0, max_retry_after=2.0)
        base = self.server.client_kwargs() if self.server else {"base_url": self.base_url}
        return {**base, "retry_policy": fast, **overrides}

    def client(self, **overrides: Any) -> Any:
        return getattr(self.package, self.client_class)(**self._kwargs(**overrides))

    def async_client(self, **overrides: Any) -> Any:
        return getattr(self.package, "Async" + self.client_class)(**self._kwargs(**overrides))

    def mock(self) -> specmock.MockServer:
        """The in-process mock, or skip (the test needs server-side controls)."""
        if self.server is None:
            pytest.skip(f"needs the in-process mock; {self.vendor} points at {self.base_url}")
        return self.server

    def writes(self) -> None:
        """Skip unless writing is allowed: always on the mock, with LIVE_ALLOW_WRITES=1 elsewhere."""
        if self.server is None and os.environ.get("LIVE_ALLOW_WRITES") != "1":
            pytest.skip(f"starts/stops/deletes recordings at {self.base_url}; set LIVE_ALLOW_WRITES=1")


def _external_url(vendor: str) -> str | None:
    return os.environ.get(f"TEST_API_BASE_URL_{vendor.upper()}") or os.environ.get("TEST_API_BASE_URL") or None


@pytest.fixture
def api_factory(mock_server_factory: Callable[..., specmock.MockServer]) -> Iterator[Callable[..., Api]]:  # noqa: F811
    """``api_factory(vendor, **mock_options)``: the vendor's API (a fresh in-process mock unless TEST_API_BASE_URL)."""

    def make(vendor: str, **options: Any) -> Api:
        package = yaml.safe_load((ROOT / "specs" / vendor / "package.yaml").read_text(encoding="utf-8"))
        module = importlib.import_module(package["package"])
        external = _external_url(vendor)
        server = None if external else mock_server_factory(vendor, **options)
        base_url = external or server.base_url  # type: ignore[union-attr]
        return Api(vendor, module, package["client-class"], base_url, server)

    yield make

"""Fixtures for the runtime tests (helpers live in tests/runtime/kit.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.runtime.kit import Handler, Rig, make_settings


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_rig(mode: str) -> Iterator[Callable[..., Rig]]:
    """``make_rig(handler, **settings_overrides)`` → a :class:`Rig` in this test's mode."""

    rigs: list[Rig] = []

    def make(handler: Handler, **overrides: Any) -> Rig:
        rigs.append(Rig(mode, handler, make_settings(**overrides)))
        return rigs[-1]

    yield make
    for rig in rigs:
        rig.close()

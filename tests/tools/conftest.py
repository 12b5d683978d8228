"""Fixtures for the tools tests: the pinned Node tools (Spectral, Redocly) must be installed."""

from __future__ import annotations

import pytest

from tools._node import ToolMissing, node_tool


@pytest.fixture(scope="session")
def node_tools() -> None:
    """Fail (not skip: CI must run these) with the install command when tools/node is not installed."""
    try:
        node_tool("spectral")
        node_tool("redocly")
    except ToolMissing as exc:
        pytest.fail(str(exc))

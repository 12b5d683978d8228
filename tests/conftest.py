"""Shared fixtures. Generated packages are imported straight from generated/<distribution>/ (no install step)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
for _project in sorted((ROOT / "generated").glob("*/")):
    sys.path.insert(0, str(_project))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"

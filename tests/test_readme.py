"""Every Python block in README.md runs, unchanged, against the real mock server of each vendor (specmock).

The blocks get what a newcomer gets from ``make mock VENDOR=<vendor>``: the environment variables of the
credentials the mock accepts and ``<PREFIX>_BASE_URL`` pointing at it (``MockServer.client_environment()``, the
``export`` lines ``serve`` prints, from each spec's ``x-env`` / ``x-client-arg`` / ``x-jwt`` / ``x-client-default``), and an empty working
directory. Nothing is faked; the only shortcut is that the clients' waits between polls and retries are capped
at a few milliseconds, so the lifecycle the mock plays (INVOKED → RECORDING → … → UPLOADED) takes no real time.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import specmock
from tests.clients.speclib import vendors

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
FAST_WAIT = 0.005  # seconds: the clients' sleeps between polls and retries, capped for the test


@pytest.fixture
def mocks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Every vendor's mock running, its environment exported, the clients' waits capped, a temp working dir."""
    for vendor in vendors():
        for var in ("TOKEN",):  # a token in the developer's shell would win over the minted one
            monkeypatch.delenv(f"{vendor.facts.env_prefix}_{var}", raising=False)
        module = importlib.import_module(f"{vendor.package}.client")
        for name in (vendor.client_class, "Async" + vendor.client_class):
            cls = getattr(module, name)
            original = cls.__init__

            def patched(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> None:
                _original(self, *args, **kwargs)
                real = self._sleep
                self._sleep = lambda seconds, _real=real: _real(min(seconds, FAST_WAIT))

            monkeypatch.setattr(cls, "__init__", patched)
    monkeypatch.delenv("VIDEOSDK_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    with contextlib.ExitStack() as stack:
        for vendor in vendors():
            server = stack.enter_context(specmock.running(vendor.key))
            for var, value in server.client_environment().items():
                monkeypatch.setenv(var, value)
        yield


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 5


def test_every_vendor_has_an_example() -> None:
    for vendor in vendors():
        assert any(f"from {vendor.package} import" in block for block in BLOCKS), vendor.key


def test_readme_blocks_run_in_order_against_the_mock(mocks: None) -> None:
    """The blocks are read top to bottom, so later ones may use names from earlier ones (like a reader would)."""
    namespace: dict[str, Any] = {}
    for index, code in enumerate(BLOCKS):
        try:
            exec(compile(textwrap.dedent(code), f"README.md python block {index}", "exec"), namespace)
            if "main" in namespace and asyncio.iscoroutinefunction(namespace["main"]):
                asyncio.run(namespace.pop("main")())
        except Exception as exc:
            pytest.fail(f"README python block {index} failed: {type(exc).__name__}: {exc}\n{code}")

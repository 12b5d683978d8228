"""What tests that run the generated clients or the command lines against the mocks share: an environment without the
developer's vendor variables, and the clients' waits between polls and retries capped (the waits still happen)."""

from __future__ import annotations

import importlib
import os
from typing import Any

import pytest

from speccore.vendors import discover, load_vendor

# variables that would point a client or a command at a real account or another server
VENDOR_ENV_PREFIXES = ("CLOUDFLARE", "TELNYX", "VIDEOSDK", "SUPERVIZ", "MOCK_CONTRACT", "LIVE_ALLOW", "TEST_API")


def clean_env(**extra: str) -> dict[str, str]:
    """``os.environ`` without the vendor variables, plus ``extra`` (for a command run as a subprocess)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(VENDOR_ENV_PREFIXES)}
    return {**env, **extra}


def cap_client_sleeps(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Every generated client (sync and async) built from now on sleeps at most ``seconds`` between attempts."""
    for key in discover():
        facts = load_vendor(key)
        module = importlib.import_module(f"{facts.package}.client")
        for name in (facts.client_class, "Async" + facts.client_class):
            cls = getattr(module, name)
            original = cls.__init__

            def patched(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> None:
                _original(self, *args, **kwargs)
                real = self._sleep
                self._sleep = lambda wait, _real=real: _real(min(wait, seconds))

            monkeypatch.setattr(cls, "__init__", patched)

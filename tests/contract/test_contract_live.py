"""The contract suite against the real vendor APIs. Opt-in only: ``python -m contract live --vendor <v>``
(which sets MOCK_CONTRACT_LIVE=<v>) with the vendor's credentials in the environment (see contract/README.md).

Read-only (GET) operations unless LIVE_ALLOW_WRITES=1. Without the opt-in or the credentials every test here is
skipped with the reason, so the default test run never touches the internet.
"""

from __future__ import annotations

import os

import pytest

import specmock
from contract.live import ALLOW_WRITES_ENV, LIVE_ENV, live_settings
from tests.contract.harness import Target, build

pytestmark = pytest.mark.live
_REQUESTED = {name.strip() for name in os.environ.get(LIVE_ENV, "").split(",") if name.strip()}


def _skipped(reason: str):
    @pytest.mark.live
    def test_live() -> None:
        pytest.skip(reason)

    return test_live


for _name in specmock.available_vendors():
    _vendor = specmock.load_vendor(_name)
    _settings = live_settings(_vendor)
    if _name not in _REQUESTED and "all" not in _REQUESTED:
        globals()[f"test_live_{_name}"] = _skipped(
            f"live contract tests run only on request: python -m contract live --vendor {_name} (or {LIVE_ENV}={_name})"
        )
    elif not _settings.ready:
        globals()[f"test_live_{_name}"] = _skipped(
            f"no credentials for the live {_name} API: set {', '.join(_settings.missing)}"
        )
    else:
        _target = Target(base_url=_settings.base_url)
        _test, _machine = build(
            _vendor,
            _target,
            credentials=_settings.credentials,
            path_parameters=_settings.path_parameters,
            read_only=not _settings.allow_writes,
            exclude_operations=_settings.unusable_operations(_vendor),
        )
        globals()[f"test_live_{_name}"] = pytest.mark.live(_test)
        globals()[f"TestLive{_name.capitalize()}Stateful"] = pytest.mark.live(_machine)
        del _test, _machine  # a module-level TestCase would be collected twice


def test_live_writes_need_opt_in() -> None:
    """Writes (start/stop/delete) against a real account happen only with LIVE_ALLOW_WRITES=1."""
    for name in specmock.available_vendors():
        settings = live_settings(specmock.load_vendor(name), {})
        assert not settings.allow_writes
    assert live_settings(specmock.load_vendor(name), {ALLOW_WRITES_ENV: "1"}).allow_writes

"""``python -m contract``: the live run without credentials, and against a local mock standing in for the API."""

from __future__ import annotations

import subprocess
import sys

import specmock
from tests.mockenv import clean_env

ROOT = specmock.config.ROOT
_env = clean_env


def _run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "contract", *args],
        cwd=ROOT,
        env=env or _env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_live_without_credentials_says_what_is_missing():
    result = _run("live", "--vendor", "all")
    assert result.returncode == 0, result.stderr
    assert "CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_REALTIMEKIT_APP_ID" in result.stdout
    assert "TELNYX_API_KEY" in result.stdout and "SUPERVIZ_SECRET" in result.stdout
    assert "VIDEOSDK_TOKEN (or VIDEOSDK_API_KEY + VIDEOSDK_SECRET)" in result.stdout


def test_live_runs_read_only_against_a_stand_in():
    """The live path end to end, with a local mock standing in for api.telnyx.com (no internet)."""
    with specmock.running("telnyx", seed=2) as server:
        env = _env(TELNYX_API_KEY="mock-telnyx-api-key", TELNYX_ROOM_RECORDINGS_BASE_URL=server.base_url)
        result = _run("live", "--vendor", "telnyx", "--", "-q", "-p", "no:cacheprovider", env=env, timeout=300)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert "read-only" in result.stdout
        stats = server.stats()
    assert stats.get("ListRoomRecordings", 0) > 0 and stats.get("ViewRoomRecording", 0) > 0
    assert not stats.get("DeleteRoomRecording") and not stats.get("DeleteRoomRecordings")


def test_unknown_vendor_is_an_error():
    result = _run("run", "--vendor", "nope")
    assert result.returncode == 2 and "nope" in result.stderr and "telnyx" in result.stderr

"""``python -m specmock``: serve in the foreground, and a clear error for an unknown vendor."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx

import specmock
from tests.mockenv import VENDOR_ENV_PREFIXES, clean_env

ROOT = specmock.config.ROOT
_env = clean_env


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "specmock", *args],
        cwd=ROOT,
        env=env or _env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_serve_in_the_foreground():
    port = _free_port()
    serve = ["serve", "--vendor", "telnyx", "--port", str(port), "--recordings", "25"]
    command = [sys.executable, "-m", "specmock", *serve]
    process = subprocess.Popen(
        command, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/_mock/health", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        page = httpx.get(
            f"http://127.0.0.1:{port}/v2/room_recordings", headers={"Authorization": "Bearer mock-telnyx-api-key"}
        )
        assert page.status_code == 200 and page.json()["meta"]["total_results"] == 25
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/v2" in output
    exports = dict(line.split()[1].split("=", 1) for line in output.splitlines() if line.strip().startswith("export "))
    assert exports["TELNYX_ROOM_RECORDINGS_BASE_URL"] == f"http://127.0.0.1:{port}/v2"
    assert exports["TELNYX_API_KEY"] == "mock-telnyx-api-key"


def test_the_printed_environment_is_enough_for_every_generated_client(monkeypatch):
    """A client built with no arguments at all, only the environment serve prints, talks to the mock."""
    import importlib

    from tests.clients.speclib import vendors

    for vendor in vendors():
        with specmock.running(vendor.key, seed=4) as server:
            env = server.client_environment()
            assert env[f"{vendor.facts.env_prefix}_BASE_URL"] == server.base_url
            with monkeypatch.context() as patch:
                for key in list(os.environ):
                    if key.startswith(VENDOR_ENV_PREFIXES):
                        patch.delenv(key)
                for key, value in env.items():
                    patch.setenv(key, value)
                client = getattr(importlib.import_module(vendor.package), vendor.client_class)()
                with client:
                    assert client._core.settings.base_url.rstrip("/") == server.base_url.rstrip("/")
            assert server.stats().get("total", 0) == 0  # constructing sends nothing


def test_unknown_vendor_is_an_error():
    result = _run("serve", "--vendor", "nope")
    assert result.returncode == 2 and "nope" in result.stderr and "telnyx" in result.stderr

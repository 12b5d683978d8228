"""``python -m specmock``: serve in the foreground, and a clear error for an unknown vendor."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx

import specmock

ROOT = specmock.config.ROOT
_VENDOR_ENV = ("CLOUDFLARE", "TELNYX", "VIDEOSDK", "SUPERVIZ", "MOCK_CONTRACT", "LIVE_ALLOW", "TEST_API")


def _env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(_VENDOR_ENV)}
    return {**env, **extra}


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


def test_unknown_vendor_is_an_error():
    result = _run("serve", "--vendor", "nope")
    assert result.returncode == 2 and "nope" in result.stderr and "telnyx" in result.stderr

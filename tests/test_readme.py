"""Every Python block in README.md runs against in-process fake vendor servers (keeps the README true)."""

from __future__ import annotations

import asyncio
import importlib
import re
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
REC_ID = "6b61621f-62e0-4aad-ab11-9fd19e272e73"
CF_RECORDING = {
    "id": REC_ID,
    "audio_download_url": None,
    "download_url": "https://files.test/meeting.mp4",
    "download_url_expiry": None,
    "file_size": 10,
    "invoked_time": "2024-05-13T17:14:00.941Z",
    "output_file_name": "meeting.mp4",
    "session_id": None,
    "started_time": None,
    "status": "UPLOADED",
    "stopped_time": None,
}
TX_RECORDING = {"id": REC_ID, "status": "completed", "duration_secs": 60, "download_url": "https://files.test/room.mp4"}


def _cloudflare(request: httpx.Request) -> httpx.Response:
    if "active-recording" in request.url.path:
        return httpx.Response(404, json={"success": False, "error": {"code": 404, "message": "No active recording"}})
    if request.method == "GET" and request.url.path.endswith("/recordings"):
        paging = {"start_offset": 1, "end_offset": 1, "total_count": 1}
        return httpx.Response(200, json={"success": True, "data": [CF_RECORDING], "paging": paging})
    return httpx.Response(200, json={"success": True, "data": CF_RECORDING})


def _telnyx(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/00000000-0000-0000-0000-000000000000"):
        body = {"errors": [{"code": "10005", "title": "Resource not found", "detail": "Resource not found"}]}
        return httpx.Response(404, json=body, headers={"x-request-id": "req-404"})
    if request.method == "DELETE":
        if request.url.path.endswith("/room_recordings"):
            return httpx.Response(201, json={"data": {"room_recordings": 1}})
        return httpx.Response(204)
    if request.url.path.endswith("/room_recordings"):
        return httpx.Response(200, json={"data": [TX_RECORDING], "meta": {"total_pages": 1, "total_results": 1}})
    return httpx.Response(200, json={"data": TX_RECORDING}, headers={"x-request-id": "req-1"})


def _videosdk(request: httpx.Request) -> httpx.Response:
    if request.method == "GET":
        data = [{"id": "61d6e834b7a2fd2ba4b2cfa1", "file": {"fileUrl": "https://files.test/v.mp4"}}]
        return httpx.Response(
            200, json={"pageInfo": {"currentPage": 1, "perPage": 20, "lastPage": 1, "total": 1}, "data": data}
        )
    return httpx.Response(200, json="Recording started successfully")


def _superviz(request: httpx.Request) -> httpx.Response:
    page = {"page": 1, "totalPages": 1, "limit": 10, "total": 0}
    return httpx.Response(200, json={"pagination": page, "data": []})


HOSTS = {
    "api.cloudflare.com": _cloudflare,
    "api.telnyx.com": _telnyx,
    "api.videosdk.live": _videosdk,
    "api.superviz.com": _superviz,
    "files.test": lambda request: httpx.Response(200, content=b"0123456789"),
}


def _handler(request: httpx.Request) -> httpx.Response:
    return HOSTS[request.url.host](request)


CLIENTS = [
    ("cloudflare_realtimekit_recordings", "CloudflareRealtimeKitRecordings"),
    ("telnyx_room_recordings", "TelnyxRoomRecordings"),
    ("videosdk_recordings", "VideoSDKRecordings"),
    ("superviz_recordings", "SuperVizRecordings"),
]


@pytest.fixture
def fake_servers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Route every client the README builds to the fake servers; give env credentials; work in a temp dir."""
    for package, name in CLIENTS:
        module = importlib.import_module(f"{package}.client")
        for cls_name, transport_cls in ((name, httpx.Client), ("Async" + name, httpx.AsyncClient)):
            cls = getattr(module, cls_name)
            original = cls.__init__

            def patched(
                self: Any, *args: Any, _original: Any = original, _http: Any = transport_cls, **kwargs: Any
            ) -> None:
                if not str(kwargs.get("base_url", "")).startswith("http://127.0.0.1"):  # the real mock stays real
                    kwargs.setdefault("http_client", _http(transport=httpx.MockTransport(_handler)))
                _original(self, *args, **kwargs)

            monkeypatch.setattr(cls, "__init__", patched)
    for var, value in {
        "TELNYX_API_KEY": "KEY-readme-0001",
        "CLOUDFLARE_API_TOKEN": "cf-readme-0001",
        "SUPERVIZ_CLIENT_ID": "client-readme",
        "SUPERVIZ_SECRET": "secret-readme",
    }.items():
        monkeypatch.setenv(var, value)
    monkeypatch.chdir(tmp_path)


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 5


def test_readme_blocks_run_in_order(fake_servers: None) -> None:
    """The blocks are read top to bottom, so later ones may use names from earlier ones (like a reader would)."""
    namespace: dict[str, Any] = {}
    for index, code in enumerate(BLOCKS):
        try:
            exec(compile(textwrap.dedent(code), f"README.md python block {index}", "exec"), namespace)
            if "main" in namespace and asyncio.iscoroutinefunction(namespace["main"]):
                asyncio.run(namespace.pop("main")())
        except Exception as exc:
            pytest.fail(f"README python block {index} failed: {type(exc).__name__}: {exc}\n{code}")

"""Every Python block in README.md runs, unchanged, against the real mock server of each vendor (specmock); so does
every Python block of the folder READMEs (FOLDER_READMES), each on its own.

The blocks get what a newcomer gets from ``make mock VENDOR=<vendor>``: the environment variables of the
credentials the mock accepts and ``<PREFIX>_BASE_URL`` pointing at it (``MockServer.client_environment()``, the
``export`` lines ``serve`` prints, from each spec's ``x-env`` / ``x-client-arg`` / ``x-jwt`` / ``x-client-default``), and an empty working
directory. Nothing is faked; the only shortcut is that the clients' waits between polls and retries are capped
at a few milliseconds, so the lifecycle the mock plays (INVOKED → RECORDING → … → UPLOADED) takes no real time.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import specmock
from specmock.webhooks.receiver import receiving
from tests.clients.speclib import vendors
from tests.mockenv import cap_client_sleeps

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", flags=re.S)
BLOCKS = PYTHON_BLOCK.findall(README.read_text(encoding="utf-8"))
FOLDER_READMES = ("specmock/README.md", "recordings/README.md", "contract/README.md", "tools/README.md")
FOLDER_BLOCKS = [
    pytest.param(code, id=f"{name}#{index}")
    for name in FOLDER_READMES
    if (ROOT / name).is_file()
    for index, code in enumerate(PYTHON_BLOCK.findall((ROOT / name).read_text(encoding="utf-8")))
]
FAST_WAIT = 0.005  # seconds: the clients' sleeps between polls and retries, capped for the test


@pytest.fixture
def mocks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, specmock.MockServer]]:
    """Every vendor's mock running, its environment exported, the clients' waits capped, a temp working dir."""
    for vendor in vendors():
        for var in ("TOKEN",):  # a token in the developer's shell would win over the minted one
            monkeypatch.delenv(f"{vendor.facts.env_prefix}_{var}", raising=False)
    cap_client_sleeps(monkeypatch, FAST_WAIT)
    monkeypatch.delenv("VIDEOSDK_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    with contextlib.ExitStack() as stack:
        servers = {}
        for vendor in vendors():
            server = stack.enter_context(specmock.running(vendor.key, webhook_time_scale=0.01))
            for var, value in server.client_environment().items():
                monkeypatch.setenv(var, value)
            servers[vendor.key] = server
        yield servers


def test_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 5


def test_every_vendor_has_an_example() -> None:
    for vendor in vendors():
        assert any(f"from {vendor.package} import" in block for block in BLOCKS), vendor.key


def _run_blocks() -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    for index, code in enumerate(BLOCKS):
        try:
            exec(compile(textwrap.dedent(code), f"README.md python block {index}", "exec"), namespace)
            if "main" in namespace and asyncio.iscoroutinefunction(namespace["main"]):
                asyncio.run(namespace.pop("main")())
        except Exception as exc:
            pytest.fail(f"README python block {index} failed: {type(exc).__name__}: {exc}\n{code}")
    return namespace


def test_the_folder_readmes_with_python_examples_are_the_ones_checked() -> None:
    """A folder README that gains a Python example must be listed in FOLDER_READMES, or it would go unchecked."""
    with_examples = {
        str(path.relative_to(ROOT))
        for path in ROOT.glob("*/README.md")
        if path.parent.name != "generated" and PYTHON_BLOCK.search(path.read_text(encoding="utf-8"))
    }
    assert with_examples <= set(FOLDER_READMES)
    assert len(FOLDER_BLOCKS) >= 3


@pytest.mark.parametrize("code", FOLDER_BLOCKS)
def test_folder_readme_blocks_run_against_the_mock(mocks: dict[str, specmock.MockServer], code: str) -> None:
    exec(compile(textwrap.dedent(code), "folder README python block", "exec"), {})


def test_readme_blocks_run_in_order_against_the_mock(mocks: dict[str, specmock.MockServer]) -> None:
    """The blocks are read top to bottom, so later ones may use names from earlier ones (like a reader would)."""
    _run_blocks()


def _finish_recordings(vendor: str, server: specmock.MockServer, namespace: dict[str, Any], url: str) -> None:
    """Make at least one recording of ``vendor`` ready on its mock, the way that vendor's lifecycle goes."""
    if vendor == "cloudflare":
        client = namespace["cloudflare_client"]
        recording_id = client.recordings.start(body={"meeting_id": "97440c6a-140b-40a9-9499-b23fd7a3868a"}).data.id
        server.advance("recordings", recording_id)  # INVOKED -> RECORDING
        client.recordings.update(recording_id, body={"action": "stop"})
        server.advance("recordings", recording_id)  # UPLOADING -> UPLOADED
    elif vendor == "telnyx":
        client = namespace["telnyx_client"]
        processing = client.room_recordings.list(filter_={"status": "processing"}, page={"size": 2}).data
        for recording in processing:  # processing -> completed after two views
            client.room_recordings.get(recording.id)
            client.room_recordings.get(recording.id)
    elif vendor == "videosdk":
        client = namespace["videosdk_client"]
        client.recordings.start(body={"roomId": "readme-room", "webhookUrl": url})
        client.recordings.stop(body={"roomId": "readme-room"})
    else:
        for _ in range(3):  # every pending lifecycle step, a few times over
            server.advance()


def test_readme_webhook_handlers_take_real_deliveries(mocks: dict[str, specmock.MockServer]) -> None:
    """Each vendor's ``on_<vendor>`` handler from README, subscribed to that vendor's mock: every signed delivery the
    mock sends while a recording finishes is answered 200, and the handler reports the recording ready."""
    namespace = _run_blocks()
    for vendor, server in mocks.items():
        handler = namespace[f"on_{vendor}"]
        namespace["ready"].clear()
        answers: list[int] = []

        def answer(request: Any, _handler: Any = handler, _answers: list[int] = answers) -> int:
            status = int(_handler(request.body, request.headers))
            _answers.append(status)
            return status

        with receiving(answer) as receiver:
            server.subscribe_webhooks(receiver.url)
            _finish_recordings(vendor, server, namespace, receiver.url)
            assert server.wait_for_deliveries(), vendor
        assert answers and set(answers) == {200}, (vendor, answers)
        assert namespace["ready"] and {v for v, _ in namespace["ready"]} == {vendor}, (vendor, namespace["ready"])

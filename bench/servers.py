"""The servers a benchmark talks to, each in its own process on loopback: the mock (``python -m specmock serve``), the
mock with one very large recording file (``python -m bench.fileserver``), and Prism (``prism mock``)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from .env import PRISM_BIN, PYTHON, ROOT, load

__all__ = [
    "ListTarget",
    "Server",
    "floor_server",
    "free_port",
    "list_target",
    "mock_server",
    "prism_server",
    "vendor_facts",
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclasses.dataclass(frozen=True)
class VendorFacts:
    """What a client needs to talk to a vendor's mock: base path, generated-client kwargs, raw auth headers."""

    name: str
    base_path: str
    client_kwargs: Mapping[str, str]
    auth_headers: Mapping[str, str]


@functools.cache
def vendor_facts(vendor: str) -> VendorFacts:
    """Read from the mock's own configuration (specs/<vendor>/mock.yaml + the spec), not hard-coded here."""
    loaded = load("specmock").load_vendor(vendor)
    headers: dict[str, str] = {}
    for name, value in loaded.credentials().items():
        scheme: Mapping[str, Any] = loaded.spec.security_schemes.get(name, {})
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            headers["Authorization"] = f"Bearer {value}"
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            headers[str(scheme["name"])] = value
    return VendorFacts(vendor, str(loaded.spec.base_path), dict(loaded.client_kwargs()), headers)


@dataclasses.dataclass
class Server:
    """A started server process."""

    name: str
    origin: str
    base_url: str
    process: subprocess.Popen[bytes]
    log: Path
    info: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop the process group this harness started (the server and any children it forked)."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def _wait_ready(server: Server, probe: str, headers: Mapping[str, str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0, headers=dict(headers)) as client:
        while True:
            if server.process.poll() is not None:
                raise RuntimeError(f"{server.name} exited with {server.process.returncode}:\n{server.log_tail()}")
            try:
                client.get(probe)
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    message = f"{server.name} did not answer within {timeout:.0f} s:\n{server.log_tail()}"
                    raise RuntimeError(message) from None
                time.sleep(0.05)


def _start(name: str, command: list[str], log_dir: Path, port: int, base_path: str) -> Server:
    log = log_dir / f"{name.replace(' ', '_')}-{port}.log"
    with open(log, "wb") as sink:
        process = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
    origin = f"http://127.0.0.1:{port}"
    return Server(name, origin, origin + base_path, process, log)


@contextlib.contextmanager
def mock_server(
    vendor: str,
    *,
    recordings: int | None,
    seed: int = 1,
    file_size: int | None = None,
    log_dir: Path | None = None,
    profile: Path | None = None,
    extra: Sequence[str] = (),
) -> Iterator[Server]:
    """``python -m specmock serve --vendor <vendor>`` (or ``python -m bench.fileserver`` when ``file_size`` is given,
    which also exposes one recording file of exactly ``file_size`` bytes; its URL is ``server.info["file_url"]``).
    With ``profile``, the server runs under cProfile and writes its stats there when stopped; ``extra`` arguments
    go to ``serve`` (e.g. ``--latency 20ms``)."""
    facts = vendor_facts(vendor)
    port = free_port()
    with contextlib.ExitStack() as stack:
        directory = log_dir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-mock-")))
        sizing = ["--recordings", str(recordings)] if recordings is not None else []
        common = ["--vendor", vendor, "--port", str(port), "--seed", str(seed), *sizing]
        url_file = directory / f"file-url-{port}.txt"
        profiling = ["-m", "cProfile", "-o", str(profile)] if profile is not None else []
        if file_size is None:
            command = [PYTHON, *profiling, "-m", "specmock", "serve", *common, *extra, "--log-level", "warning"]
        else:
            command = [PYTHON, "-m", "bench.fileserver", *common, "--file-size", str(file_size)]
            command += ["--url-file", str(url_file)]
        server = _start(f"mock {vendor}", command, directory, port, facts.base_path)
        try:
            _wait_ready(server, server.origin + "/_mock/health", {}, timeout=60)
            if file_size is not None:
                server.info["file_url"] = url_file.read_text().strip()
            yield server
        finally:
            # uvicorn re-raises the signal after its graceful shutdown: SIGINT lets cProfile write its stats
            server.stop(signal.SIGINT if profile is not None else signal.SIGTERM)


@contextlib.contextmanager
def prism_server(vendor: str, *, log_dir: Path | None = None) -> Iterator[Server]:
    """``prism mock specs/<vendor>/openapi.yaml`` (pinned in bench/node), logging errors only, like the mock."""
    if not PRISM_BIN.exists():
        raise FileNotFoundError(f"{PRISM_BIN} is missing: run `npm ci --prefix bench/node`")
    facts = vendor_facts(vendor)
    port = free_port()
    spec = ROOT / "specs" / vendor / "openapi.yaml"
    command = [str(PRISM_BIN), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), "--verboseLevel", "error"]
    with contextlib.ExitStack() as stack:
        directory = log_dir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-prism-")))
        # Prism serves the spec's paths without the server URL's path (no /v2 prefix).
        server = _start(f"prism {vendor}", command, directory, port, "")
        try:
            _wait_ready(server, server.origin + "/", facts.auth_headers, timeout=90)
            yield server
        finally:
            server.stop()


@contextlib.contextmanager
def floor_server(*, log_dir: Path | None = None) -> Iterator[Server]:
    """``python -m bench.floorserver``: answers every request with a canned 200 and does nothing else."""
    port = free_port()
    command = [PYTHON, "-m", "bench.floorserver", "--port", str(port)]
    with contextlib.ExitStack() as stack:
        directory = log_dir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-floor-")))
        server = _start("no-op server", command, directory, port, "")
        try:
            _wait_ready(server, server.origin + "/", {}, timeout=30)
            yield server
        finally:
            server.stop()


@dataclasses.dataclass(frozen=True)
class ListTarget:
    """A vendor's main list request (paths relative to the base path; Prism serves them without it) and the
    deletes that make a write mix: ``delete_paths`` for every seeded item (same seed and size as the mock's)."""

    path: str
    delete_paths: tuple[str, ...]


def _fill(path: str, values: Mapping[str, str]) -> str:
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    return path


def list_target(vendor: str, *, seed: int = 1, recordings: int | None = None) -> ListTarget:
    """The first ``action: list`` operation of the vendor's mock.yaml whose path parameters the client arguments
    fill (e.g. account ids), and the delete-by-id operation of the same collection, read from the mock's config."""
    specmock = load("specmock")
    loaded = specmock.load_vendor(vendor)
    known = dict(loaded.client_kwargs())
    operations = loaded.spec.operations
    for operation_id, config in loaded.operations.items():
        operation = operations.get(operation_id)
        if config.get("action") != "list" or operation is None or operation.method != "GET":
            continue
        if any(name not in known for name in operation.path_names):
            continue
        collection = config.get("collection")
        deletes: tuple[str, ...] = ()
        for other_id, other in loaded.operations.items():
            target = operations.get(other_id)
            if other.get("action") == "delete" and other.get("collection") == collection and target is not None:
                missing = [name for name in target.path_names if name not in known]
                if len(missing) == 1:
                    app = specmock.create_app(loaded, seed=seed, recordings=recordings)
                    ids = list(app.store.collection(str(collection)).items)
                    template = _fill(target.path, known)
                    deletes = tuple(template.replace("{" + missing[0] + "}", item_id) for item_id in ids)
                    break
        return ListTarget(_fill(operation.path, known), deletes)
    raise RuntimeError(f"{vendor}: no list operation whose path parameters the client arguments fill")

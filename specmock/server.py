"""Running a mock on uvicorn: in a background thread (``running``) or in the foreground (``serve``)."""

from __future__ import annotations

import contextlib
import logging
import shlex
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn

from . import admin
from .app import MockApp, create_app
from .config import MockVendor
from .errors import MockContractViolation
from .faults.injection import DropConnection
from .protocol import enveloped_protocol
from .webhooks import Webhooks

__all__ = ["MockServer", "running", "serve"]


class _HideDrops(logging.Filter):
    """Injected connection drops are intended; keep uvicorn from logging them as application errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        while error is not None:
            if isinstance(error, DropConnection):
                return False
            error = error.__cause__ or error.__context__ or _first(error)
        return True


def _first(error: BaseException) -> BaseException | None:
    group = getattr(error, "exceptions", None)
    return group[0] if group else None


logging.getLogger("uvicorn.error").addFilter(_HideDrops())


def _config(app: MockApp, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(
        app.asgi,
        http=enveloped_protocol(app.parse_error),  # a request the HTTP parser refuses: the vendor's 400 envelope
        log_level=log_level,
        access_log=False,
        interface="asgi3",  # app.asgi is a bound coroutine method, which uvicorn's auto-detection takes for ASGI2
        proxy_headers=False,  # nothing sits in front of the mock; X-Forwarded-* are not trusted or parsed
        lifespan="off",
        timeout_graceful_shutdown=1,
    )


class MockServer:
    """A started mock: its URLs, the credentials it accepts, and test controls (faults, stats, advance)."""

    def __init__(self, app: MockApp, host: str, port: int) -> None:
        self.app = app
        self.host = host
        self.port = port
        self.origin = f"http://{host}:{port}"
        self.base_url = self.origin + app.spec.base_path
        if app.webhooks is not None:
            app.webhooks.origin = self.origin  # download URLs inside webhook payloads point at this server

    @property
    def vendor(self) -> MockVendor:
        return self.app.vendor

    @property
    def violations(self) -> list[str]:
        return self.app.violations

    def client_kwargs(self, **overrides: Any) -> dict[str, Any]:
        """Constructor arguments for the vendor's generated client: base_url plus accepted credentials."""
        return {"base_url": self.base_url, **self.vendor.client_kwargs(), **overrides}

    def credentials(self) -> dict[str, str]:
        """The accepted credential of each security scheme, by scheme name."""
        return self.vendor.credentials()

    def client_environment(self) -> dict[str, str]:
        """The environment variables that point the vendor's generated client at this mock (what ``serve`` prints),
        with the webhook public key when the client reads one from the environment."""
        webhooks = self.app.webhooks.client_environment() if self.app.webhooks is not None else {}
        return {**self.vendor.client_environment(self.base_url), **webhooks}

    @property
    def file_requests(self) -> list[tuple[str, str | None]]:
        """``(path, Range header)`` of the download requests, in order (the latest 1000; ``stats()["files"]``
        counts all)."""
        return list(self.app.file_requests)

    def stats(self) -> dict[str, int]:
        """Requests received: ``total``, per operationId, ``files`` (downloads), ``unrouted``."""
        return dict(self.app.stats)

    def fail_next(self, count: int, fault: str, *, operation: str | None = None, route: str | None = None) -> None:
        """The next ``count`` requests (of ``operation``; ``route`` api|files) get ``fault`` (e.g. "503", "drop")."""
        self.app.faults.fail_next(count, fault, operation=operation, route=route)

    def advance(self, collection: str | None = None, item_id: str | None = None) -> int:
        """Finish every pending lifecycle step now (e.g. UPLOADING -> UPLOADED)."""
        return admin.advance(self.app, collection, item_id)

    def fail(self, collection: str, item_id: str) -> dict[str, Any]:
        """Send one item down its failure path (mock.yaml ``fail``, e.g. to ERRORED); returns it as the API does.
        ValueError (``admin.AdminInputError``) names why when the item is unknown or cannot fail now."""
        return admin.fail(self.app, collection, item_id, self.origin)

    def reset(self, *, keep_records: bool = False) -> None:
        """Back to the seed data; ``keep_records`` keeps the request stats and recorded violations."""
        self.app.reset(keep_records=keep_records)

    # -- webhooks -------------------------------------------------------------------------------------------------
    def webhook_public_key(self) -> str | None:
        """What the generated client verifies deliveries with: a PEM (RSA) or base64 raw Ed25519 key; None when the
        vendor signs nothing (or its spec has no ``x-webhooks``)."""
        return self.app.webhooks.public_key() if self.app.webhooks is not None else None

    def subscribe_webhooks(
        self, url: str, events: list[str] | None = None, *, failover_url: str | None = None
    ) -> dict[str, Any]:
        """Deliver events (every type unless ``events``) to ``url``: ``POST /_mock/admin/webhooks/subscriptions``.
        ``failover_url`` (vendors with mock.yaml ``webhooks.failover``) gets a delivery ``url`` failed."""
        return self._webhooks().subscribe(url, events, failover_url)

    def webhook_deliveries(self) -> list[dict[str, Any]]:
        """The delivery log: one entry per attempt (oldest first, the latest 1000)."""
        return self._webhooks().deliveries()

    def webhook_fault(self, fault: str, count: int = 1) -> None:
        """The next ``count`` deliveries get ``fault``: ``delay=2s``, ``duplicate``, ``out-of-order``,
        ``bad-signature``."""
        from .webhooks import parse_delivery_fault

        self._webhooks().dispatcher.faults.add(parse_delivery_fault(fault), count)

    def wait_for_deliveries(self, timeout: float = 10.0) -> bool:
        """Wait until no delivery is queued, held back or in flight (True), or ``timeout`` seconds (False)."""
        return self._webhooks().dispatcher.wait_idle(timeout)

    def _webhooks(self) -> Webhooks:
        if self.app.webhooks is None:
            raise RuntimeError(f"{self.vendor.name}: the spec has no x-webhooks, so the mock sends no webhooks")
        return self.app.webhooks

    def check(self) -> None:
        """Raise MockContractViolation if the mock sent any response the spec does not allow."""
        if self.app.violations:
            raise MockContractViolation("\n".join(self.app.violations))


def _free_socket(host: str, port: int) -> socket.socket:
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets whose proto says TCP (else ~40 ms stalls)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


@contextlib.contextmanager
def running(
    vendor: MockVendor | str,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    strict: bool = True,
    log_level: str = "warning",
    **options: Any,
) -> Iterator[MockServer]:
    """Start ``vendor``'s mock on uvicorn in a thread (a free port by default); stop it on exit.

    Keyword options are MockOptions fields (seed, recordings, validate_responses, fault_rate, latency, ...).
    With ``strict`` (default), leaving the block raises MockContractViolation if any response broke the spec.
    """
    app = create_app(vendor, **options)
    sock = _free_socket(host, port)
    server = uvicorn.Server(_config(app, log_level))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mock-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the mock server did not start")
        time.sleep(0.005)
    handle = MockServer(app, host, sock.getsockname()[1])
    try:
        yield handle
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        sock.close()
        app.close()
    if strict:
        handle.check()


def serve(vendor: str, *, host: str = "127.0.0.1", port: int = 4010, log_level: str = "info", **options: Any) -> None:
    """Serve ``vendor``'s mock in the foreground until interrupted."""
    app = create_app(vendor, **options)
    config = _config(app, log_level)
    config.host, config.port = host, port
    if app.webhooks is not None:
        app.webhooks.origin = f"http://{host}:{port}"
    print(f"mock {vendor}: {app.spec.source} on http://{host}:{port}{app.spec.base_path}", flush=True)
    for scheme, value in app.vendor.credentials().items():
        print(f"  accepts {scheme}: {value}", flush=True)
    for name, value in app.vendor.client_kwargs().items():
        print(f"  client argument {name}={value}", flush=True)
    _print_webhooks(app)
    print("  for the generated client, in another shell:", flush=True)
    environment = app.vendor.client_environment(f"http://{host}:{port}{app.spec.base_path}")
    environment.update(app.webhooks.client_environment() if app.webhooks is not None else {})
    for var, value in environment.items():
        print(f"    export {var}={shlex.quote(value)}", flush=True)
    try:
        uvicorn.Server(config).run()
    finally:
        app.close()


def _print_webhooks(app: MockApp) -> None:
    """The webhook test key (made now) and where deliveries are controlled."""
    if app.webhooks is None:
        return
    verification = app.webhooks.settings.verification
    key = app.webhooks.public_key()
    if key is None:
        print(f"  webhooks: unsigned ({verification.algorithm})", flush=True)
    else:
        print(
            f"  webhooks signed with {verification.algorithm}; test public key ({verification.key_format}):", flush=True
        )
        for line in key.strip().splitlines():
            print(f"    {line}", flush=True)
    print(f"  webhook subscriptions, deliveries, faults: {admin.ADMIN_PREFIX}/webhooks/...", flush=True)

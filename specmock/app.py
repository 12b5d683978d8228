"""The ASGI application: spec-driven routing, auth, validation, vendor behaviour, faults, response checks."""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import datetime
import logging
import math
from collections.abc import Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import admin
from .auth import check_auth
from .config import MockVendor
from .errors import MockError, MockOptionsError, render_error
from .faults.bodies import DroppingResponse, apply_body_faults
from .faults.connection import ResettingResponse
from .faults.injection import FAULT_HEADER, Fault, FaultState
from .records import MAX_RECORDS, BoundedLog
from .rendering.responses import CachedBytesResponse, json_bytes
from .routing.router import Router
from .spec import Operation
from .state.actions import NO_BODY, handle
from .state.cache import CachedResponse, ResponseCache
from .state.files import file_response
from .state.store import DEFAULT_ANCHOR, FILES_PREFIX, Store, StoreOptions
from .validation import conformance
from .validation.limits import DEFAULT_MAX_BODY, read_body
from .validation.request import validate_request
from .validation.schemas import SchemaSet
from .validation.strict_json import DEFAULT_MAX_DEPTH
from .webhooks import Webhooks, build_webhooks, read_settings
from .webhooks.delivery import DEFAULT_QUEUE_LIMIT, DEFAULT_TIMEOUT, DEFAULT_WORKERS
from .wire import WireRequest

__all__ = ["MockApp", "MockOptions", "create_app"]

_log = logging.getLogger("specmock")
MOCK_PREFIX = "/_mock/"  # admin, health and file routes; nothing of a vendor API


@dataclasses.dataclass(frozen=True)
class MockOptions:
    """Server options (CLI flags / ``specmock.running(...)`` keyword arguments)."""

    seed: int = 0
    recordings: int | None = None  # size of every seeded collection (mock.yaml's seed.count otherwise)
    counts: Mapping[str, int] = dataclasses.field(default_factory=dict)  # size per collection
    validate_responses: bool = True  # a response that violates the spec becomes a 500 and is recorded
    fault_rate: float = 0.0  # share of API requests that get one of fault_kinds
    fault_kinds: tuple[str, ...] = ("500", "503", "429")
    failure_rate: float = 0.0  # share of items that take their collection's `fail` rule at a lifecycle step (seeded)
    latency: float = 0.0  # seconds added to every request
    advance_polls: int | None = None  # override mock.yaml's after-polls
    advance_seconds: float | None = None  # override mock.yaml's after-seconds
    anchor: datetime.datetime = DEFAULT_ANCHOR  # "now" of the seed data
    max_body: int = DEFAULT_MAX_BODY  # bytes; a larger request body is answered 413 (API and admin routes)
    max_depth: int = DEFAULT_MAX_DEPTH  # JSON nesting levels of a request body; deeper is a 400
    # statuses an operation may answer although its spec does not document them (known spec gaps, reported)
    undocumented: Mapping[str, frozenset[int]] = dataclasses.field(default_factory=dict)
    webhook_time_scale: float = 1.0  # multiplies the vendor's retry backoff (e.g. 0.01 in tests)
    webhook_timeout: float = DEFAULT_TIMEOUT  # seconds per delivery attempt
    webhook_queue_limit: int = DEFAULT_QUEUE_LIMIT  # queued events/attempts; more are dropped (and logged)
    webhook_workers: int = DEFAULT_WORKERS  # receivers served at the same time (one attempt in flight per receiver)
    webhook_private_key: str | None = None  # PEM text or file path of the signing key (default: a new test key)

    def __post_init__(self) -> None:
        """Refuse an option out of its range at once (MockOptionsError), not as odd behaviour later."""
        for name, minimum, kinds, optional in _RANGES:
            value = getattr(self, name)
            if value is None and optional:
                continue
            number = isinstance(value, kinds) and not isinstance(value, bool)
            if not number or not minimum <= value < math.inf or (name in _AT_MOST_ONE and value > 1):  # NaN: False
                wanted = "a share between 0 and 1" if name in _AT_MOST_ONE else _DESCRIBE[minimum, kinds]
                raise MockOptionsError(f"{name} must be {wanted}{' or None' if optional else ''}, got {value!r}")
        for collection, count in self.counts.items():
            if not isinstance(count, int) or isinstance(count, bool) or count < 0:
                raise MockOptionsError(f"counts[{collection!r}] must be a whole number of at least 0, got {count!r}")
        if self.webhook_timeout <= 0:
            raise MockOptionsError(f"webhook_timeout must be more than 0 seconds, got {self.webhook_timeout!r}")


_NUMBER = (int, float)
# (option, minimum, accepted types, None allowed): every numeric option of MockOptions
_RANGES: tuple[tuple[str, float, type | tuple[type, ...], bool], ...] = (
    ("seed", -math.inf, int, False),
    ("recordings", 0, int, True),
    ("fault_rate", 0, _NUMBER, False),
    ("failure_rate", 0, _NUMBER, False),
    ("latency", 0, _NUMBER, False),
    ("advance_polls", 0, int, True),
    ("advance_seconds", 0, _NUMBER, True),
    ("max_body", 0, int, False),
    ("max_depth", 1, int, False),
    ("webhook_time_scale", 0, _NUMBER, False),
    ("webhook_timeout", 0, _NUMBER, False),
    ("webhook_queue_limit", 1, int, False),
    ("webhook_workers", 1, int, False),
)
_AT_MOST_ONE = frozenset({"fault_rate", "failure_rate"})
_DESCRIBE = {
    (-math.inf, int): "a whole number",
    (0, int): "a whole number of at least 0",
    (1, int): "a whole number of at least 1",
    (0, _NUMBER): "a finite number of at least 0",
}


class MockApp:
    """One vendor's mock: state, statistics, contract violations and the Starlette application."""

    def __init__(self, vendor: MockVendor, options: MockOptions | None = None) -> None:
        self.vendor = vendor
        self.spec = vendor.spec
        self.options = options or MockOptions()
        self.requests = SchemaSet(self.spec, "request")
        self.responses = SchemaSet(self.spec, "response")
        self.router = Router(self.spec.operations.values(), self.spec.base_path)
        self.faults = FaultState(
            rate=self.options.fault_rate,
            kinds=self.options.fault_kinds,
            latency=self.options.latency,
            seed=self.options.seed,
        )
        self.stats: collections.Counter[str] = collections.Counter()
        # (path, Range header) of the latest downloads; stats["files"] counts them all
        self.file_requests: collections.deque[tuple[str, str | None]] = collections.deque(maxlen=MAX_RECORDS)
        self.violations = BoundedLog(MAX_RECORDS)
        headers = self.spec.document.get("x-request-id-headers") or []
        self._request_id_name = str(headers[0]) if headers else ""
        self._request_id_header = self._request_id_name.lower().encode("latin-1")
        self._request_seq = 0
        self.webhooks: Webhooks | None = build_webhooks(
            vendor,
            read_settings(self.spec),
            self.responses,
            self.violations,
            seed=self.options.seed,
            time_scale=self.options.webhook_time_scale,
            timeout=self.options.webhook_timeout,
            queue_limit=self.options.webhook_queue_limit,
            workers=self.options.webhook_workers,
            private_key=self.options.webhook_private_key,
        )
        self.store = self._new_store()
        self.cache = ResponseCache(
            (operation, self.vendor.operations.get(operation.operation_id) or {})
            for operation in self.spec.operations.values()
        )
        self.control = Starlette(
            routes=[
                *admin.routes(self),
                Route(FILES_PREFIX + "/{collection}/{item_id:path}", self.files, methods=["GET", "HEAD"]),
            ]
        )
        self.control.router.redirect_slashes = False
        self.control.router.default = self._api_asgi

    async def asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI application: /_mock/... (admin, health, files) through Starlette's router, every other request
        straight to :meth:`api` (it routes by the spec itself; Starlette's route matching and middleware would
        cost more than a cached list answer)."""
        if scope["type"] == "http" and not scope["path"].startswith(MOCK_PREFIX):
            await self._api_asgi(scope, receive, send)
        else:
            await self.control(scope, receive, send)

    async def _api_asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Everything that is not an admin or file route is an API request (any path, any method)."""
        if scope["type"] != "http":
            return
        response = await self.api(WireRequest(scope, receive))
        await response(scope, receive, send)

    def _new_store(self) -> Store:
        store = Store(
            self.vendor.mock,
            StoreOptions(
                seed=self.options.seed,
                counts=dict(self.options.counts),
                count=self.options.recordings,
                anchor=self.options.anchor,
                advance_polls=self.options.advance_polls,
                advance_seconds=self.options.advance_seconds,
                failure_rate=self.options.failure_rate,
            ),
        )
        if self.webhooks is not None:
            self.webhooks.attach(store)
        return store

    def reset(self, *, keep_records: bool = False) -> None:
        """Back to the seed data with no queued faults, webhook subscriptions or deliveries; also forget stats and
        violations unless ``keep_records``."""
        if self.webhooks is not None:
            self.webhooks.reset()
        with self.store.lock:
            self.store = self._new_store()
            self.cache.clear()
        self.faults.reset()
        self._request_seq = 0
        if not keep_records:
            self.stats.clear()
            self.violations.clear()
            self.file_requests.clear()

    def close(self) -> None:
        """Stop background work (the webhook delivery thread)."""
        if self.webhooks is not None:
            self.webhooks.close()

    async def api(self, request: WireRequest) -> Response:
        operation, path_values, allowed = self.router.route(request.method, request.path)
        self.stats["total"] += 1
        if operation is None:
            self.stats["unrouted"] += 1
            if allowed:
                return self.error_response(
                    MockError("method-not-allowed", f"{request.method} is not allowed here"),
                    None,
                    {"Allow": ", ".join(dict.fromkeys(allowed))},
                )
            return self.error_response(MockError("route-not-found", f"no route for {request.scope['path']}"), None)
        self.stats[operation.operation_id] += 1
        op_config = self.vendor.operations.get(operation.operation_id) or {"action": "respond"}
        try:
            check_auth(
                self.spec,
                operation=operation,
                auth=self.vendor.mock.get("auth") or {},
                headers=request.headers,
                query=request.query_params,
                cookies=request.cookies,
            )
        except MockError as error:
            return self.error_response(error, operation)
        # Faults apply after routing and authentication: a request the API would refuse anyway gets no fault.
        try:
            faults = self.faults.for_request(
                request.headers.get(FAULT_HEADER), route="api", operation=operation.operation_id
            )
        except ValueError as exc:
            return self.error_response(MockError("validation.header", f"bad {FAULT_HEADER} header: {exc}"), operation)
        early = await self._early_faults(faults, operation)
        if early is not None:
            return early
        try:
            body = await read_body(request.receive, request.headers, self.options.max_body)
        except MockError as error:  # a server-layer refusal (413): not an answer the spec documents
            return self.error_response(error, operation, checked=False)
        cache_key = None
        if not faults and not body and self.cache.enabled(operation, request.scope):
            cache_key = self.cache.key(operation, request.scope)
        try:
            if cache_key is not None:
                with self.store.lock:
                    self.store.collection(str(op_config["collection"])).refresh()  # time-driven changes first
                    hit = self.cache.get(cache_key, self.store.version)
                if hit is not None:
                    return CachedBytesResponse(hit, self._request_id())
            data = validate_request(
                self.spec,
                self.requests,
                operation,
                path_values=path_values,
                query_items=request.query_items,
                headers=request.headers,
                body=body,
                origin=request.origin,
                max_depth=self.options.max_depth,
            )
            with self.store.lock:
                outcome = handle(self.store, op_config, data, lambda: self._example(operation))
                version = self.store.version
                if self.webhooks is not None:
                    collection = op_config.get("collection")
                    self.webhooks.after_operation(
                        operation.operation_id, data.origin, data.body, outcome.record, collection and str(collection)
                    )
                    outcome.body = self.webhooks.key_response(operation.operation_id, outcome.body)
        except MockError as error:
            return self.error_response(error, operation, faults=faults)
        except Exception as exc:  # a bug in the mock or in mock.yaml: report it, do not hide it
            _log.exception("mock failure in %s", operation.operation_id)
            self.violations.append(f"{operation.operation_id}: mock failure: {type(exc).__name__}: {exc}")
            payload = json_bytes({"mock_failure": f"{type(exc).__name__}: {exc}"})
            return Response(payload, 500, {"X-Mock-Failure": "1", **self._request_id()}, "application/json")
        status = outcome.status or operation.success_status()
        response = self.respond(operation, status, outcome.body, {}, faults)
        if cache_key is not None and 200 <= response.status_code < 300:
            headers = tuple(pair for pair in response.raw_headers if pair[0] != self._request_id_header)
            self.cache.put(cache_key, CachedResponse(version, response.status_code, headers, bytes(response.body)))
        return response

    async def _early_faults(self, faults: list[Fault], operation: Operation | None) -> Response | None:
        """Latency first; then a status fault or a reset answers instead of the API (the request is not processed)."""
        for fault in faults:
            if fault.kind == "latency":
                await asyncio.sleep(fault.seconds)
        for fault in faults:
            if fault.kind == "status":
                return self._status_fault(fault, operation)
            if fault.kind == "reset":
                return ResettingResponse()
        return None

    def _request_id(self) -> dict[str, str]:
        """The vendor's request-id header (``x-request-id-headers``) with a new id, or nothing."""
        if not self._request_id_header:
            return {}
        self._request_seq += 1
        return {self._request_id_name: f"mock-{self.options.seed}-{self._request_seq:08d}"}

    # -- responses ------------------------------------------------------------------------------------------------
    def respond(
        self,
        operation: Operation | None,
        status: int,
        body: Any,
        headers: Mapping[str, str],
        faults: list[Fault],
        *,
        checked: bool = True,
    ) -> Response:
        headers = {**headers, **self._request_id()}
        if checked and operation is not None and self.options.validate_responses:
            tolerated = self.options.undocumented.get(operation.operation_id, frozenset())
            violation = conformance.violation(self.responses, operation, status, body, tolerated)
            if violation is not None:
                self.violations.append(violation)
                _log.error("contract violation: %s", violation)
                payload = json_bytes({"mock_contract_violation": violation})
                return Response(payload, 500, {"X-Mock-Contract-Violation": "1", **headers}, "application/json")
        if body is NO_BODY:
            return Response(b"", status, dict(headers))
        content = json_bytes(body)
        drop = False
        if faults:  # the schema is looked up only for a body fault (unknown-enum needs it)
            content, drop = apply_body_faults(faults, self.spec, self._schema(operation, status), body, content)
        if drop:
            return DroppingResponse(content, status, headers, "application/json")
        return Response(content, status, dict(headers), "application/json")

    def _schema(self, operation: Operation | None, status: int) -> Any:
        if operation is None:
            return None
        key = operation.response_key(status)
        pointer = operation.responses.get(key) if key else None
        return self.spec.lookup(pointer) if pointer else None

    def error_response(
        self,
        error: MockError,
        operation: Operation | None,
        headers: Mapping[str, str] | None = None,
        faults: list[Fault] | None = None,
        *,
        checked: bool = True,
    ) -> Response:
        op_config = (self.vendor.operations.get(operation.operation_id) or {}) if operation else {}
        status, body, spec_headers = render_error(self.vendor.mock, op_config, self.store.renderer, error)
        out_headers = {**spec_headers, **(headers or {})}
        return self.respond(operation, status, body, out_headers, faults or [], checked=checked)

    def parse_error(self, message: str) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """Status, headers and body of the vendor's 400 for a request the HTTP parser refused (bad framing)."""
        error = MockError("validation", f"{message.rstrip('.')}: the HTTP request is malformed", status=400)
        response = self.error_response(error, None, checked=False)
        return 400, list(response.raw_headers), bytes(response.body)

    def _status_fault(self, fault: Fault, operation: Operation | None) -> Response:
        """The vendor's error for exactly that status (faults are not checked against the spec)."""
        response = self.error_response(MockError.for_status(fault.status, self.vendor.mock), operation, checked=False)
        response.status_code = fault.status
        if fault.retry_after is not None:
            response.headers["Retry-After"] = fault.retry_after
        response.headers["X-Mock-Fault-Injected"] = str(fault.status)
        return response

    def _example(self, operation: Operation) -> Any:
        status = operation.success_status()
        key = operation.response_key(status)
        if key is None or operation.responses.get(key) is None:
            return NO_BODY
        from .rendering.examples import synthesize

        example = self.spec.response_example(operation, key)
        if example is None:
            example = synthesize(self.spec, self.spec.lookup(str(operation.responses[key])))
        return example

    # -- files ----------------------------------------------------------------------------------------------------
    async def files(self, request: Request) -> Response:
        self.stats["files"] += 1
        self.file_requests.append((request.url.path, request.headers.get("range")))
        try:
            faults = self.faults.for_request(request.headers.get(FAULT_HEADER), route="files", operation=None)
        except ValueError as exc:
            return Response(
                json_bytes({"message": f"bad {FAULT_HEADER} header: {exc}"}), 400, media_type="application/json"
            )
        early = await self._early_faults(faults, None)
        if early is not None:
            return early
        name, item_id = request.path_params["collection"], request.path_params["item_id"]
        with self.store.lock:
            collection = self.store.collections.get(name)
            item = collection.get(item_id) if collection else None
            size = collection.file_size(item) if collection and item else None
        if collection is None or size is None:
            return Response(json_bytes({"message": "No such file."}), 404, media_type="application/json")
        return file_response(
            request,
            seed=self.options.seed,
            collection=name,
            item_id=item_id,
            size=size,
            content_type=str(collection.download.get("content-type", "application/octet-stream")),
            faults=faults,
        )


def create_app(vendor: MockVendor | str, options: MockOptions | None = None, **kwargs: Any) -> MockApp:
    """A ready mock for ``vendor`` (a name under specs/ or a loaded MockVendor); kwargs are MockOptions fields."""
    from .config import load_vendor

    loaded = load_vendor(vendor) if isinstance(vendor, str) else vendor
    if kwargs:
        options = dataclasses.replace(options or MockOptions(), **kwargs)
    return MockApp(loaded, options)

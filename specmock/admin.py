"""Unauthenticated control endpoints under /_mock/admin (also reachable from Python through MockServer)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .errors import MockError
from .state.criteria import matches
from .validation.limits import read_body
from .validation.strict_json import StrictJSONError, strict_loads
from .webhooks.admin import webhook_routes

if TYPE_CHECKING:
    from .app import MockApp

__all__ = ["ADMIN_PREFIX", "AdminInputError", "advance", "fail", "routes"]

ADMIN_PREFIX = "/_mock/admin"


def advance(app: MockApp, collection: str | None = None, item_id: str | None = None) -> int:
    """Move items through every ``advance`` rule now (e.g. to UPLOADED); returns how many items changed."""
    changed = 0
    with app.store.lock:
        for name, target in app.store.collections.items():
            if collection not in (None, name):
                continue
            items = [target.get(item_id)] if item_id is not None else list(target.items.values())
            for item in items:
                if item is None:
                    continue
                before = repr(item)
                target.finish(item)
                changed += before != repr(item)
    return changed


class AdminInputError(ValueError):
    """A bad admin request body: answered 400 (413 when too large) with ``{"error": "..."}``."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def fail(app: MockApp, collection: str, item_id: str, origin: str = "") -> dict[str, Any]:
    """Send one item down its failure path (the collection's mock.yaml ``fail`` rule); returns the item as the API
    returns it. AdminInputError: 404 for an unknown collection or item, 409 without a rule or when its ``when``
    does not match the item (e.g. it already finished)."""
    with app.store.lock:
        target = app.store.collections.get(collection)
        if target is None:
            known = ", ".join(app.store.collections) or "none"
            raise AdminInputError(f"no collection {collection!r} (collections: {known})", 404)
        item = target.get(item_id)
        if item is None:
            raise AdminInputError(f"no item {item_id!r} in {collection!r}", 404)
        rule = target.config.get("fail")
        if rule is None:
            raise AdminInputError(f"{collection!r} has no failure path (no `fail` rule in mock.yaml)", 409)
        if not matches(item, rule.get("when") or {}):
            message = rule.get("message", "${item.id} cannot fail in its current state.")
            raise AdminInputError(str(app.store.renderer.render(message, {"item": item})), 409)
        target.apply(item, rule.get("set") or {}, {})
        return dict(target.render(item, origin))


async def _json(request: Request, app: MockApp, fields: dict[str, tuple[type, ...]]) -> dict[str, Any]:
    """The body as a JSON object with only ``fields`` (name -> accepted types); empty body: ``{}``."""
    try:
        body = await read_body(request.receive, request.headers, app.options.max_body)
    except MockError as exc:
        raise AdminInputError(str(exc), 413) from None
    if not body.strip():
        return {}
    try:
        data = strict_loads(body, max_depth=app.options.max_depth)
    except StrictJSONError as exc:
        raise AdminInputError(f"the body is not strict JSON: {exc}") from None
    if not isinstance(data, dict):
        raise AdminInputError(f"expected a JSON object with {', '.join(fields)}")
    for key, value in data.items():
        if key not in fields:
            raise AdminInputError(f"unknown field {key!r}; expected {', '.join(fields)}")
        if value is not None and (not isinstance(value, fields[key]) or isinstance(value, bool)):
            names = " or ".join(kind.__name__ for kind in fields[key])
            raise AdminInputError(f"{key!r} must be {names}, not {type(value).__name__}")
    return data


def _bad(exc: AdminInputError) -> Response:
    return JSONResponse({"error": str(exc)}, exc.status)


def routes(app: MockApp) -> list[Route]:
    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "vendor": app.vendor.name})

    async def stats(request: Request) -> Response:
        return JSONResponse(dict(app.stats))

    async def violations(request: Request) -> Response:
        return JSONResponse(list(app.violations))

    async def reset(request: Request) -> Response:
        app.reset()
        return JSONResponse({"reset": True})

    async def advance_endpoint(request: Request) -> Response:
        try:
            data = await _json(request, app, {"collection": (str,), "id": (str, int)})
        except AdminInputError as exc:
            return _bad(exc)
        item_id = data.get("id")
        return JSONResponse(
            {"advanced": advance(app, data.get("collection"), None if item_id is None else str(item_id))}
        )

    async def fail_endpoint(request: Request) -> Response:
        origin = f"{request.url.scheme}://{request.url.netloc}"
        try:
            item = fail(app, request.path_params["collection"], request.path_params["item_id"], origin)
        except AdminInputError as exc:
            return _bad(exc)
        return JSONResponse({"failed": True, "item": item})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            app.faults.clear()
            return JSONResponse({"cleared": True})
        try:
            data = await _json(request, app, {"fault": (str,), "count": (int,), "operation": (str,), "route": (str,)})
            if not data.get("fault"):
                raise AdminInputError('\'fault\' is required, e.g. {"fault": "503", "count": 2}')
            count = data.get("count", 1)
            if count is None or count < 1:
                raise AdminInputError(f"'count' must be a positive whole number, not {count!r}")
            if data.get("route") not in (None, "api", "files"):
                raise AdminInputError(f"'route' must be 'api' or 'files', not {data['route']!r}")
            if data.get("operation") not in (None, *app.spec.operations):
                raise AdminInputError(f"unknown operation {data['operation']!r}")
            app.faults.fail_next(count, data["fault"], operation=data.get("operation"), route=data.get("route"))
        except ValueError as exc:  # AdminInputError, or the fault text itself
            return _bad(exc if isinstance(exc, AdminInputError) else AdminInputError(str(exc)))
        return JSONResponse({"queued": True})

    return [
        Route("/_mock/health", health, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/stats", stats, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/violations", violations, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/reset", reset, methods=["POST"]),
        Route(f"{ADMIN_PREFIX}/advance", advance_endpoint, methods=["POST"]),
        Route(f"{ADMIN_PREFIX}/fail/{{collection}}/{{item_id}}", fail_endpoint, methods=["POST"]),
        Route(f"{ADMIN_PREFIX}/faults", faults, methods=["POST", "DELETE"]),
        *webhook_routes(app, _json, AdminInputError),
    ]

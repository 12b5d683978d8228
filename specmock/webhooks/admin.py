"""``/_mock/admin/webhooks/...``: subscriptions, the delivery log, delivery faults and the public key."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import parse_delivery_fault

if TYPE_CHECKING:
    from ..app import MockApp

__all__ = ["webhook_routes"]

PREFIX = "/_mock/admin/webhooks"
JsonReader = Callable[[Request, "MockApp", dict[str, tuple[type, ...]]], Awaitable[dict[str, Any]]]


def _error(message: str, status: int = 400) -> Response:
    return JSONResponse({"error": message}, status)


def webhook_routes(app: MockApp, read_json: JsonReader, input_error: type[ValueError]) -> list[Route]:
    """The routes; every one answers 404 when the vendor's spec has no ``x-webhooks``."""

    def missing() -> Response:
        return _error(f"{app.vendor.name}: the spec has no x-webhooks, so the mock sends no webhooks", 404)

    async def deliveries(request: Request) -> Response:
        if app.webhooks is None:
            return missing()
        entries = app.webhooks.deliveries()
        for name in ("event", "outcome", "event_id", "delivery_id"):
            wanted = request.query_params.get(name)
            if wanted is not None:
                entries = [entry for entry in entries if str(entry.get(name)) == wanted]
        return JSONResponse(entries)

    async def subscriptions(request: Request) -> Response:
        webhooks = app.webhooks
        if webhooks is None:
            return missing()
        if request.method == "GET":
            return JSONResponse(webhooks.subscriptions())
        if request.method == "DELETE":
            return JSONResponse({"removed": webhooks.registry.remove()})
        try:
            data = await read_json(request, app, {"url": (str,), "events": (list,), "failover_url": (str,)})
            url, failover = data.get("url"), data.get("failover_url")
            for name, value in (("url", url), ("failover_url", failover)):
                parts = urlsplit(value or "")
                if (value is not None or name == "url") and (parts.scheme not in ("http", "https") or not parts.netloc):
                    raise input_error(f"{name!r} must be an absolute http(s) URL, not {value!r}")
            events = data.get("events")
            if events is not None and not all(isinstance(name, str) for name in events):
                raise input_error("'events' must be a list of event type names")
            entry = webhooks.subscribe(str(url), events, failover)
        except ValueError as exc:
            return _bad(exc)
        return JSONResponse(entry, 201)

    async def subscription(request: Request) -> Response:
        if app.webhooks is None:
            return missing()
        removed = app.webhooks.registry.remove(request.path_params["subscription_id"])
        return JSONResponse({"removed": removed}, 200 if removed else 404)

    async def faults(request: Request) -> Response:
        webhooks = app.webhooks
        if webhooks is None:
            return missing()
        if request.method == "GET":
            return JSONResponse(webhooks.dispatcher.faults.pending())
        if request.method == "DELETE":
            webhooks.dispatcher.faults.clear()
            return JSONResponse({"cleared": True})
        try:
            data = await read_json(request, app, {"fault": (str,), "count": (int,)})
            if not data.get("fault"):
                raise input_error('\'fault\' is required, e.g. {"fault": "duplicate", "count": 1}')
            count = data.get("count", 1)
            if count is None or count < 1:
                raise input_error(f"'count' must be a positive whole number, not {count!r}")
            webhooks.dispatcher.faults.add(parse_delivery_fault(data["fault"]), count)
        except ValueError as exc:
            return _bad(exc)
        return JSONResponse({"queued": True})

    async def key(request: Request) -> Response:
        if app.webhooks is None:
            return missing()
        verification = app.webhooks.settings.verification
        return JSONResponse(
            {
                "algorithm": verification.algorithm,
                "format": verification.key_format if verification.algorithm != "none" else None,
                "public_key": app.webhooks.public_key(),
            }
        )

    def _bad(exc: ValueError) -> Response:
        return _error(str(exc), int(getattr(exc, "status", 400)))

    return [
        Route(f"{PREFIX}/deliveries", deliveries, methods=["GET"]),
        Route(f"{PREFIX}/subscriptions", subscriptions, methods=["GET", "POST", "DELETE"]),
        Route(f"{PREFIX}/subscriptions/{{subscription_id}}", subscription, methods=["DELETE"]),
        Route(f"{PREFIX}/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route(f"{PREFIX}/key", key, methods=["GET"]),
    ]

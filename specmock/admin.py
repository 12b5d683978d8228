"""Unauthenticated control endpoints under /_mock/admin (also reachable from Python through MockServer)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

if TYPE_CHECKING:
    from .app import MockApp

__all__ = ["ADMIN_PREFIX", "advance", "routes"]

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


async def _json(request: Request) -> dict[str, Any]:
    body = await request.body()
    if not body.strip():
        return {}
    data = await request.json()
    return data if isinstance(data, dict) else {}


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
        data = await _json(request)
        return JSONResponse({"advanced": advance(app, data.get("collection"), data.get("id"))})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            app.faults.clear()
            return JSONResponse({"cleared": True})
        data = await _json(request)
        try:
            app.faults.fail_next(
                int(data.get("count", 1)),
                str(data["fault"]),
                operation=data.get("operation"),
                route=data.get("route"),
            )
        except (KeyError, ValueError) as exc:
            return JSONResponse({"error": f"expected {{fault, count?, operation?, route?}}: {exc}"}, 400)
        return JSONResponse({"queued": True})

    return [
        Route("/_mock/health", health, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/stats", stats, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/violations", violations, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/reset", reset, methods=["POST"]),
        Route(f"{ADMIN_PREFIX}/advance", advance_endpoint, methods=["POST"]),
        Route(f"{ADMIN_PREFIX}/faults", faults, methods=["POST", "DELETE"]),
    ]

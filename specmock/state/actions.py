"""The actions an operation can perform on a collection (``action`` in mock.yaml)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import MockError
from ..rendering.template import MISSING, dig
from ..validation.request import RequestData
from .criteria import filter_predicate, matches
from .store import Collection, Store, sort_items

__all__ = ["NO_BODY", "Outcome", "handle"]

NO_BODY: Any = object()


@dataclasses.dataclass(slots=True)
class Outcome:
    body: Any  # JSON value, or NO_BODY
    status: int | None = None
    record: dict[str, Any] | None = None  # the stored item acted on (create, get, update, delete)


_DEFAULT_RESPONSE = {
    "create": "${item}",
    "get": "${item}",
    "update": "${item}",
    "list": "${items}",
    "delete-many": "${count}",
}


def handle(store: Store, op: Mapping[str, Any], request: RequestData, example: Callable[[], Any]) -> Outcome:
    """Run one operation's action against the store and render its response template."""
    action = str(op["action"])
    scope: dict[str, Any] = request.scope()
    if action != "respond":
        collection = store.collection(str(op["collection"]))
        collection.refresh()
        _ACTIONS[action](store, collection, op, request, scope)
    if "response" in op and op["response"] is None:
        body = NO_BODY
    elif "response" in op:
        body = store.renderer.render(op["response"], scope)
    elif action in _DEFAULT_RESPONSE:
        body = store.renderer.render(_DEFAULT_RESPONSE[action], scope)
    elif action == "respond":
        body = example()
    else:
        body = NO_BODY
    record = scope.get("record")
    return Outcome(NO_BODY if body is MISSING else body, op.get("status"), record if isinstance(record, dict) else None)


def _target(store: Store, collection: Collection, op: Mapping[str, Any], scope: Mapping[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] | None = None
    if "id" in op:
        item = collection.get(store.renderer.render(op["id"], scope))
        if item is not None and "match" in op and not matches(item, store.renderer.render(op["match"], scope)):
            item = None
    elif "match" in op:
        criteria = store.renderer.render(op["match"], scope)
        found = [candidate for candidate in collection.ordered() if matches(candidate, criteria)]
        item = (found[-1] if op.get("pick") == "last" else found[0]) if found else None
    if item is None:
        message = store.renderer.render(op.get("not-found", "Not found."), scope)
        raise MockError("not-found", str(message))
    return item


def _select(store: Store, collection: Collection, op: Mapping[str, Any], request: RequestData) -> list[dict[str, Any]]:
    """The items a list (or delete-many) acts on, in order. Reads the collection's indexes: the order is never
    rebuilt, and the first equality filter on one field reads its bucket; other criteria scan what is left.
    The result may be an index's own list: callers slice it and never modify it."""
    base: list[dict[str, Any]] | None = None
    tests: list[Callable[[Mapping[str, Any]], bool]] = []
    if "match" in op:
        criteria = store.renderer.render(op["match"], request.scope())
        tests.append(lambda item: matches(item, criteria))
    for spec in op.get("filters") or ():
        wanted = _param(request.query, str(spec["param"]))
        if wanted is MISSING:
            continue
        fields = list(spec.get("fields") or [spec.get("field", spec["param"])])
        op_name = str(spec.get("op", "eq"))
        if base is None and op_name in ("eq", "in") and isinstance(wanted, str) and len(fields) == 1:
            base = collection.equal_to(str(fields[0]), wanted)
            continue
        tests.append(filter_predicate(fields, op_name, wanted, store.clock))
    items = base if base is not None else collection.ordered()
    sort = op.get("sort")
    if sort:
        field = _param(request.query, str(sort.get("param", "")))
        order = _param(request.query, str(sort.get("order-param", "")))
        if field is not MISSING or order is not MISSING:
            default = collection.config.get("order") or {}
            name = (sort.get("fields") or {}).get(str(field), default.get("field")) if field is not MISSING else None
            direction = (sort.get("orders") or {}).get(str(order), "asc") if order is not MISSING else "asc"
            name = str(name or default.get("field", collection.id_field))
            if base is None:
                items = collection.sorted_by(name, direction == "desc")
            else:
                items = sort_items(list(items), name, direction == "desc")
    for test in tests:
        items = [item for item in items if test(item)]
    return items


def _param(query: Mapping[str, Any], name: str) -> Any:
    if not name:
        return MISSING
    if name in query:
        return query[name]
    if name.partition(".")[0] not in query:  # most filters are absent from most requests: no path walk for them
        return MISSING
    return dig(query, name)


def _paginate(
    op: Mapping[str, Any], query: Mapping[str, Any], items: list[dict[str, Any]]
) -> tuple[list[Any], dict[str, Any]]:
    rules = op.get("paginate")
    total = len(items)
    if not rules:
        return items, {"number": 1, "size": total, "total": total, "total_pages": 1, "last": 1, "count": total}
    size = _param(query, str(rules.get("size", "")))
    size = int(rules.get("default-size", 20)) if size is MISSING or not size else int(size)
    size = min(size, int(rules.get("max-size", size)))
    first = int(rules.get("first", 1))
    if "offset" in rules:
        offset = _param(query, str(rules["offset"]))
        start = 0 if offset is MISSING else max(0, int(offset))
        number = first + start // size
    else:
        number = _param(query, str(rules.get("page", "")))
        number = first if number is MISSING else max(first, int(number))
        start = (number - first) * size
    page = items[start : start + size]
    total_pages = math.ceil(total / size) if size else 0
    meta = {
        "number": number,
        "size": size,
        "total": total,
        "total_pages": total_pages,
        "last": first + max(total_pages, 1) - 1,
        "count": len(page),
        "offset": start,
        "start": start + 1 if page else 0,
        "end": start + len(page),
        "has_more": start + len(page) < total,
    }
    return page, meta


def _related(store: Store, op: Mapping[str, Any], scope: dict[str, Any]) -> None:
    """``related``: another collection's item that must exist (exposed as ``${related}``), optionally updated."""
    rule = op.get("related")
    if not rule:
        return
    other = store.collection(str(rule["collection"]))
    criteria = store.renderer.render(rule["match"], scope)
    found = next((item for item in other.ordered() if matches(item, criteria)), None)
    if found is None:
        message = store.renderer.render(rule.get("message", "Not found."), scope)
        raise MockError(str(rule.get("error", "not-found")), str(message))
    if "set" in rule:
        other.apply(found, rule["set"], {**scope, "item": found})
    scope["related"] = found


def _create(
    store: Store, collection: Collection, op: Mapping[str, Any], request: RequestData, scope: dict[str, Any]
) -> None:
    reject = op.get("reject-if-exists")
    if reject and matches(scope, store.renderer.render(reject.get("when") or {}, scope)):
        criteria = store.renderer.render(reject["match"], scope)
        if any(matches(item, criteria) for item in collection.ordered()):
            message = store.renderer.render(reject.get("message", "Already exists."), scope)
            raise MockError(str(reject.get("error", "conflict")), str(message))
    _related(store, op, scope)
    item = collection.new_item(store.renderer, op.get("template") or {}, scope)
    collection.add(item)
    scope["record"] = item
    scope["item"] = collection.render(item, request.origin, op.get("omit") or ())


def _get(
    store: Store, collection: Collection, op: Mapping[str, Any], request: RequestData, scope: dict[str, Any]
) -> None:
    item = _target(store, collection, op, scope)
    collection.poll(item)
    scope["record"] = item
    scope["item"] = collection.render(item, request.origin, op.get("omit") or ())


def _update(
    store: Store, collection: Collection, op: Mapping[str, Any], request: RequestData, scope: dict[str, Any]
) -> None:
    item = _target(store, collection, op, scope)
    _related(store, op, scope)
    scope["item"] = scope["record"] = item
    if "transition" in op:
        collection.transition(item, str(store.renderer.render(op["transition"], scope)), scope)
    if "set" in op:
        collection.apply(item, op["set"], scope)
    scope["item"] = collection.render(item, request.origin, op.get("omit") or ())


def _delete(
    store: Store, collection: Collection, op: Mapping[str, Any], request: RequestData, scope: dict[str, Any]
) -> None:
    item = _target(store, collection, op, scope)
    scope["record"] = item
    scope["item"] = collection.render(item, request.origin, op.get("omit") or ())
    collection.remove(item)


def _list(
    store: Store, collection: Collection, op: Mapping[str, Any], request: RequestData, scope: dict[str, Any]
) -> None:
    page, meta = _paginate(op, request.query, _select(store, collection, op, request))
    scope["items"] = collection.render_page(page, request.origin, op.get("omit") or ())
    scope["page"] = meta
    scope["count"] = meta["total"]


def _delete_many(
    store: Store, collection: Collection, op: Mapping[str, Any], request: RequestData, scope: dict[str, Any]
) -> None:
    page, meta = _paginate(op, request.query, _select(store, collection, op, request))
    doomed = list(page)  # the page may be an index's own list, which removal changes
    for item in doomed:
        collection.remove(item)
    scope["count"] = len(doomed)
    scope["page"] = meta


_ACTIONS: dict[str, Callable[[Store, Collection, Mapping[str, Any], RequestData, dict[str, Any]], None]] = {
    "create": _create,
    "get": _get,
    "update": _update,
    "delete": _delete,
    "list": _list,
    "delete-many": _delete_many,
}

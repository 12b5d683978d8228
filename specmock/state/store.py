"""In-memory state: collections of items, seeded reproducibly, with lifecycles (transitions and advancement)."""

from __future__ import annotations

import dataclasses
import datetime
import heapq
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

from ..errors import MockError
from ..rendering.responses import Rendered, RenderedList
from ..rendering.template import MISSING, Renderer, copy_json, dig, parse_time, set_path
from ..validation.strict_json import check_value
from .criteria import matches
from .index import Entry, OrderIndex, ValueIndex, sort_entry

_Index = TypeVar("_Index", OrderIndex, ValueIndex)

__all__ = [
    "DEFAULT_ANCHOR",
    "FILES_PREFIX",
    "RENDERED_VARIANTS",
    "Collection",
    "Store",
    "StoreOptions",
    "copy_json",
    "sort_items",
]

DEFAULT_ANCHOR = datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC)
FILES_PREFIX = "/_mock/files"
RENDERED_VARIANTS = 8  # (origin, omitted fields) pairs whose rendered items are kept per collection
_UNITS = {"bytes": 1, "kB": 1000, "KiB": 1024, "MB": 1000**2, "MiB": 1024**2}


@dataclasses.dataclass(frozen=True, slots=True)
class StoreOptions:
    seed: int = 0
    counts: Mapping[str, int] = dataclasses.field(default_factory=dict)  # per collection
    count: int | None = None  # every seeded collection, unless named in `counts`
    anchor: datetime.datetime = DEFAULT_ANCHOR
    advance_polls: int | None = None  # overrides every advance rule's after-polls
    advance_seconds: float | None = None  # overrides every advance rule's after-seconds
    failure_rate: float = 0.0  # share of items that take their collection's `fail` rule instead of an advance


@dataclasses.dataclass(slots=True)
class _Meta:
    polls: int = 0
    since: float = dataclasses.field(default_factory=time.monotonic)


class Collection:
    """The items of one collection, keyed by id, with their lifecycle bookkeeping."""

    def __init__(self, name: str, config: Mapping[str, Any], store: Store) -> None:
        self.name = name
        self.config = config
        self.store = store
        self.id_field = str(config["id"]["field"])
        self._flat_id = "." not in self.id_field  # the id is a top-level field: a dict lookup, not a path walk
        self.items: dict[str, dict[str, Any]] = {}
        self._meta: dict[str, _Meta] = {}
        self._pending: set[str] = set()  # ids waiting on an advance rule
        self._due: list[tuple[float, float, str]] = []  # heap of (due time, since, id) for time-driven rules
        self._seq: dict[str, int] = {}  # insertion number of each id (ties in every order follow it)
        self._next_seq = 0
        order = config.get("order") or {}
        default = sort_entry(_field_key(str(order["field"])), order.get("direction") == "desc") if order else None
        self._default_entry: Entry = default or (lambda item, seq: (seq,))
        self._default = OrderIndex(self._default_entry)
        self._orders: dict[tuple[str, bool], OrderIndex] = {}  # request-chosen orders, built on first use
        self._values: dict[str, ValueIndex] = {}  # field -> items per value, built on first use
        self._rendered: dict[tuple[str, tuple[str, ...]], dict[str, Rendered]] = {}  # variant -> id -> output
        self._fated: set[str] = set()  # ids whose failure draw (failure_rate) is done: each item draws once
        self.hidden = frozenset(config.get("hidden") or ())
        self.download: Mapping[str, Any] = config.get("download") or {}

    # -- items ----------------------------------------------------------------------------------------------------
    def new_item(self, renderer: Renderer, template: Mapping[str, Any], scope: Mapping[str, Any]) -> dict[str, Any]:
        item: dict[str, Any] = {}
        for _ in range(20):  # a fixed id template (e.g. taken from the body) replaces the item it names
            item_id = renderer.render(self.config["id"]["value"], scope)
            if str(item_id) not in self.items:
                break
        set_path(item, self.id_field, item_id)
        renderer.render_item(template, scope, item)
        return item

    def key(self, item: Mapping[str, Any]) -> str:
        """The item's id as the collection keys it (a dict lookup when the id is a top-level field)."""
        return str(item.get(self.id_field, MISSING) if self._flat_id else dig(item, self.id_field))

    def add(self, item: dict[str, Any]) -> None:
        check_value(item)  # nothing that cannot be sent again as JSON is stored
        key = self.key(item)
        before = self.items.get(key)
        self.items[key] = item
        if key not in self._seq:
            self._seq[key] = self._next_seq
            self._next_seq += 1
        self._changed(key)
        for listener in self.store.listeners:
            listener(self, before, item)

    def get(self, item_id: Any) -> dict[str, Any] | None:
        return None if item_id is MISSING else self.items.get(str(item_id))

    def remove(self, item: Mapping[str, Any]) -> None:
        key = self.key(item)
        if self.items.pop(key, None) is None:
            return
        self._meta.pop(key, None)
        self._pending.discard(key)
        self._fated.discard(key)
        self._seq.pop(key, None)
        for index in self._indexes():
            index.remove(key)
        self._forget(key)

    def ordered(self) -> list[dict[str, Any]]:
        """Items in the collection's default order (``order`` in mock.yaml; kept up to date on every write).
        Shared: callers must not modify it."""
        return self._default.items

    def sorted_by(self, field: str, descending: bool) -> list[dict[str, Any]]:
        """Items ordered by ``field`` (ties in the default order), as ``sort_items(ordered(), ...)``; indexed."""
        index = self._orders.get((field, descending))
        if index is None:
            index = self._orders[(field, descending)] = self._build(
                OrderIndex(sort_entry(_field_key(field), descending, self._default_entry))
            )
        return index.items

    def equal_to(self, field: str, value: Any) -> list[dict[str, Any]]:
        """Items whose ``field`` equals ``value`` (same JSON type), in the default order; indexed."""
        index = self._values.get(field)
        if index is None:
            index = self._values[field] = self._build(
                ValueIndex(_getter(field), lambda: OrderIndex(self._default_entry))
            )
        return index.bucket(value)

    def _build(self, index: _Index) -> _Index:
        for key, item in self.items.items():
            index.put(key, item, self._seq[key])
        return index

    def _indexes(self) -> Iterator[OrderIndex | ValueIndex]:
        yield self._default
        yield from self._orders.values()
        yield from self._values.values()

    def _forget(self, key: str) -> None:
        """Drop the rendered item and count a change of the store."""
        for kept in self._rendered.values():
            kept.pop(key, None)
        self.store.version += 1

    def _changed(self, key: str) -> None:
        meta = self._meta[key] = _Meta()
        item, seq = self.items[key], self._seq[key]
        for index in self._indexes():
            index.put(key, item, seq)
        self._forget(key)
        rule = self._rule(self.items[key])
        if rule is None:
            self._pending.discard(key)
            return
        self._pending.add(key)
        polls, seconds = self._limits(rule)
        if seconds is not None or polls is None:  # time-driven (or immediate): due at a known moment
            heapq.heappush(self._due, (meta.since + (seconds or 0.0), meta.since, key))

    def _rule(self, item: Mapping[str, Any]) -> Mapping[str, Any] | None:
        """The advance rule the item waits on: the first whose ``when`` matches."""
        return next((rule for rule in self.config.get("advance") or () if matches(item, rule["when"])), None)

    def _limits(self, rule: Mapping[str, Any]) -> tuple[int | None, float | None]:
        options = self.store.options
        polls = options.advance_polls if options.advance_polls is not None else rule.get("after-polls")
        seconds = options.advance_seconds if options.advance_seconds is not None else rule.get("after-seconds")
        return polls, seconds

    # -- lifecycle ------------------------------------------------------------------------------------------------
    def transition(self, item: dict[str, Any], name: str, scope: Mapping[str, Any]) -> None:
        rules = self.config.get("transitions") or {}
        rule = rules.get(name)
        if rule is None or not matches(item, rule.get("when") or {}):
            illegal = self.config.get("illegal-transition") or {}
            message = self.store.renderer.render(
                illegal.get("message", "Cannot ${transition} in the current state."),
                {**scope, "item": item, "transition": name},
            )
            raise MockError(str(illegal.get("error", "conflict")), str(message))
        self.apply(item, rule.get("set") or {}, scope)

    def apply(self, item: dict[str, Any], template: Mapping[str, Any], scope: Mapping[str, Any]) -> None:
        """Render ``template`` into the item; a result that is not strict JSON is refused and the item unchanged."""
        updated = copy_json(item)
        self.store.renderer.render_item(template, scope, updated)
        check_value(updated)
        before = dict(item) if self.store.listeners else None  # nested values are not modified in place
        item.clear()
        item.update(updated)
        self._changed(self.key(item))
        for listener in self.store.listeners:
            listener(self, before, item)

    def refresh(self) -> None:
        """Apply time-driven advancement (``after-seconds``) to the items that are due (cheap: a heap by due time)."""
        now = time.monotonic()
        while self._due and self._due[0][0] <= now:
            _, since, key = heapq.heappop(self._due)
            meta, item = self._meta.get(key), self.items.get(key)
            if item is not None and meta is not None and meta.since == since:  # else: changed since it was queued
                self._advance(item, polled=False)

    def poll(self, item: dict[str, Any]) -> None:
        """A read of one item: counts towards ``after-polls`` and may advance its state."""
        key = self.key(item)
        if key in self._pending:
            self._meta[key].polls += 1
            self._advance(item, polled=True)

    def _advance(self, item: dict[str, Any], *, polled: bool) -> bool:
        rule = self._rule(item)
        if rule is None:
            return False
        meta = self._meta[self.key(item)]
        polls, seconds = self._limits(rule)
        due = polls is None and seconds is None
        due = due or (polled and polls is not None and meta.polls >= polls)
        due = due or (seconds is not None and time.monotonic() - meta.since >= seconds)
        if due:
            self.apply(item, self._failure(item) or rule["set"], {})
        return due

    def _failure(self, item: dict[str, Any]) -> Mapping[str, Any] | None:
        """The ``fail`` rule's ``set`` when this item is one of the ``failure_rate`` share that fails: drawn once per
        item (seeded), at its first lifecycle step the rule's ``when`` allows; None otherwise."""
        rate = self.store.options.failure_rate
        rule = self.config.get("fail")
        key = self.key(item)
        if not rate or not rule or key in self._fated or not matches(item, rule.get("when") or {}):
            return None
        self._fated.add(key)
        return dict(rule.get("set") or {}) if self.store.failures.random() < rate else None

    def finish(self, item: dict[str, Any]) -> None:
        """Advance an item through every applicable advance rule (the admin "advance" call)."""
        for _ in range(32):
            rule = self._rule(item)
            if rule is None:
                return
            self.apply(item, rule["set"], {})

    # -- output ---------------------------------------------------------------------------------------------------
    def render(self, item: Mapping[str, Any], origin: str, omit: Iterable[str] = ()) -> dict[str, Any]:
        """The item as the API returns it: hidden and ``_`` fields removed, the download URL filled in.

        Kept per item until it changes (``_changed``/``remove``), so the result is shared: callers serialise it or
        build new values from it, and never modify it."""
        return self.render_page((item,), origin, omit)[0]

    def render_page(self, items: Iterable[Mapping[str, Any]], origin: str, omit: Iterable[str] = ()) -> RenderedList:
        """:meth:`render` of each item, as one ``RenderedList`` (encoded by joining the items' kept bytes)."""
        omit = tuple(omit)
        kept = self._kept(origin, omit)
        flat, field = self._flat_id, self.id_field
        page = RenderedList()
        for item in items:
            key = str(item.get(field, MISSING)) if flat else self.key(item)
            rendered = kept.get(key)
            if rendered is None:
                rendered = kept[key] = self._render(item, origin, omit)
            page.append(rendered)
        return page

    def _kept(self, origin: str, omit: tuple[str, ...]) -> dict[str, Rendered]:
        """The rendered items of one variant (origin of the download URLs, omitted fields). A few variants are kept;
        requests with ever new Host headers must not grow this without limit, so the oldest variant goes first."""
        variant = (origin, omit)
        kept = self._rendered.get(variant)
        if kept is None:
            if len(self._rendered) >= RENDERED_VARIANTS:
                del self._rendered[next(iter(self._rendered))]
            kept = self._rendered[variant] = {}
        return kept

    def _render(self, item: Mapping[str, Any], origin: str, omit: Iterable[str]) -> Rendered:
        hidden = self.hidden
        out: dict[str, Any] = {}
        for key, value in item.items():  # hot path of every list: copy containers only, share scalars
            if key[:1] != "_" and key not in hidden:
                out[key] = copy_json(value) if isinstance(value, dict | list) else value
        if self.download:
            field = str(self.download["url"])
            if matches(item, self.download.get("when") or {}):
                set_path(out, field, f"{origin}{FILES_PREFIX}/{quote(self.name)}/{quote(self.key(item))}")
            else:
                absent = MISSING if self.download.get("absent", None) == "omit" else None
                set_path(out, field, absent, create=False)
        for path in omit:
            set_path(out, path, MISSING, create=False)
        return Rendered(out)

    def file_size(self, item: Mapping[str, Any]) -> int | None:
        """Size in bytes of the item's downloadable file, or None when it has none (yet)."""
        ready = self.download.get("ready", self.download.get("when")) if self.download else None
        if not self.download or not matches(item, ready or {}):
            return None
        size = dig(item, str(self.download.get("size", "")))
        if isinstance(size, int | float) and not isinstance(size, bool) and size >= 0:
            return int(size * _UNITS[str(self.download.get("unit", "bytes"))])
        return int(self.download.get("default-size", 1 << 20))


def sort_key(value: Any) -> tuple[int, Any]:
    """Orders numbers, then ISO times, then other strings; missing/null sort last."""
    if value is MISSING or value is None:
        return (3, 0)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, float(value))
    moment = parse_time(value) if isinstance(value, str) and value[:1].isdigit() else None
    if moment is not None:
        return (1, moment.timestamp())
    return (2, str(value))


def _field_key(field: str) -> Callable[[Mapping[str, Any]], tuple[int, Any]]:
    getter = _getter(field)
    return lambda item: sort_key(getter(item))


def _getter(field: str) -> Callable[[Mapping[str, Any]], Any]:
    if "." not in field:
        return lambda item: item.get(field, MISSING)
    return lambda item: dig(item, field)


def sort_items(items: list[dict[str, Any]], field: str, descending: bool) -> list[dict[str, Any]]:
    """Stable sort by a dotted field; items without the field stay last in either direction."""
    present = [item for item in items if dig(item, field) not in (MISSING, None)]
    absent = [item for item in items if dig(item, field) in (MISSING, None)]
    return sorted(present, key=lambda item: sort_key(dig(item, field)), reverse=descending) + absent


class Store:
    """Every collection of one vendor, seeded from ``seed`` so that the same options give the same data."""

    def __init__(
        self,
        config: Mapping[str, Any],
        options: StoreOptions,
        clock: Callable[[], datetime.datetime] | None = None,
    ) -> None:
        self.config = config
        self.options = options
        self.version = 0  # +1 on every change to any item: what cached responses are checked against
        self.clock = clock or (lambda: datetime.datetime.now(datetime.UTC))
        self.lock = threading.RLock()
        # called after every add or change of an item: (collection, item before or None, item after)
        self.listeners: list[Callable[[Collection, Mapping[str, Any] | None, Mapping[str, Any]], None]] = []
        self.pools = self._pools()
        self.renderer = Renderer(
            random.Random(f"{options.seed}/runtime"), anchor=options.anchor, clock=self.clock, pools=self.pools
        )
        self.failures = random.Random(f"{options.seed}/failures")  # the failure_rate draws
        self.collections = {
            name: Collection(name, collection, self) for name, collection in (config.get("collections") or {}).items()
        }
        for collection in self.collections.values():
            self._seed(collection)

    def _renderer(self, salt: str) -> Renderer:
        rng = random.Random(f"{self.options.seed}/{salt}")
        return Renderer(rng, anchor=self.options.anchor, clock=lambda: self.options.anchor, pools=self.pools)

    def _pool_renderer(self, salt: str) -> Renderer:
        rng = random.Random(f"{self.options.seed}/{salt}")
        return Renderer(rng, anchor=self.options.anchor, clock=lambda: self.options.anchor)

    def _pools(self) -> dict[str, list[Any]]:
        pools: dict[str, list[Any]] = {}
        for name, pool in (self.config.get("pools") or {}).items():
            renderer = self._pool_renderer(f"pool/{name}")
            pools[name] = [renderer.render(pool["value"], {"seq": index}) for index in range(int(pool["count"]))]
        return pools

    def _seed(self, collection: Collection) -> None:
        seed = collection.config.get("seed")
        if not seed:
            return
        count = self.options.counts.get(collection.name, self.options.count)
        renderer = self._renderer(f"seed/{collection.name}")
        for index in range(int(seed["count"]) if count is None else count):
            collection.add(collection.new_item(renderer, seed["template"], {"seq": index}))

    def collection(self, name: str) -> Collection:
        return self.collections[name]

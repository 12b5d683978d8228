"""Where an event is delivered: admin-registered URLs, webhooks created through the API, URLs given per request."""

from __future__ import annotations

import collections
import dataclasses
import threading
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from ..rendering.template import MISSING, dig
from ..state.store import Store
from .settings import Subscription

__all__ = ["MAX_ITEM_URLS", "Registry", "Target"]

MAX_ITEM_URLS = 10_000  # URLs given in request bodies, kept per item (oldest forgotten first)


@dataclasses.dataclass(frozen=True, slots=True)
class Target:
    """One receiver of an event."""

    url: str
    subscription_id: str
    source: str  # admin | operation | request-field
    failover_url: str | None = None  # tried once ``url``'s attempts are used up (mock.yaml ``webhooks.failover``)


class Registry:
    """Every subscription the mock knows, and the targets of one event."""

    def __init__(self, kind: Subscription, collection: Mapping[str, Any] | None) -> None:
        self.kind = kind
        # kind operation: the collection the registering operation creates items in, and their field names
        self.collection = collection
        self._admin: dict[str, dict[str, Any]] = {}
        self._items: collections.OrderedDict[tuple[str, str], tuple[str, str | None]] = collections.OrderedDict()
        self._lock = threading.Lock()

    def add(self, url: str, events: Iterable[str] | None = None, failover_url: str | None = None) -> dict[str, Any]:
        """An admin subscription (every event unless ``events``), with an optional failover URL."""
        entry_id = str(uuid.uuid4())
        entry: dict[str, Any] = {
            "id": entry_id,
            "url": url,
            "events": None if events is None else list(events),
            "source": "admin",
            "failover_url": failover_url,
        }
        with self._lock:
            self._admin[entry_id] = entry
        return dict(entry)

    def remove(self, subscription_id: str | None = None) -> int:
        """Forget one admin subscription (or all of them and every per-request URL); returns how many."""
        with self._lock:
            if subscription_id is not None:
                return 1 if self._admin.pop(subscription_id, None) is not None else 0
            count = len(self._admin) + len(self._items)
            self._admin.clear()
            self._items.clear()
            return count

    def bind_item(self, collection: str, key: str, url: str, failover_url: str | None = None) -> None:
        """A URL given in a request body (e.g. ``webhookUrl``) receives every event of that item."""
        with self._lock:
            self._items[(collection, key)] = (url, failover_url)
            self._items.move_to_end((collection, key))
            while len(self._items) > MAX_ITEM_URLS:
                self._items.popitem(last=False)

    def may_receive(self, store: Store) -> bool:
        """Cheap: could any receiver get an event now? (A URL in a request body is bound after its event is made,
        so with ``request-field`` subscriptions the answer is always yes.)"""
        if self.kind.kind == "request-field" or self._admin or self._items:
            return True
        name = self.collection["collection"] if self.collection else None
        return bool(name and name in store.collections and store.collections[name].items)

    def _stored(self, store: Store) -> list[dict[str, Any]]:
        """Webhooks registered through the API (kind operation), as items of their collection."""
        if not self.collection or self.collection["collection"] not in store.collections:
            return []
        target = store.collections[self.collection["collection"]]
        out = []
        for item in target.ordered():
            enabled = dig(item, self.collection["enabled"])
            url = dig(item, self.collection["url"])
            if enabled is False or not isinstance(url, str):
                continue
            events = dig(item, self.collection["events"])
            failover = dig(item, self.collection["failover"]) if self.collection.get("failover") else None
            out.append(
                {
                    "id": str(target.key(item)),
                    "url": url,
                    "events": list(events) if isinstance(events, list) else None,
                    "source": "operation",
                    "failover_url": failover if isinstance(failover, str) and failover else None,
                }
            )
        return out

    def listing(self, store: Store) -> list[dict[str, Any]]:
        """Every subscription, for the admin route (call with the store lock held)."""
        with self._lock:
            admin = [dict(entry) for entry in self._admin.values()]
            items = [
                {"id": f"{name}/{key}", "url": url, "events": None, "source": "request-field", "failover_url": failover}
                for (name, key), (url, failover) in self._items.items()
            ]
        return admin + self._stored(store) + items

    def targets(self, store: Store, event_type: str, collection: str, item_key: str) -> list[Target]:
        """The receivers of one event (call with the store lock held); one per distinct URL and subscription."""
        found: list[Target] = []
        with self._lock:
            admin = list(self._admin.values())
            bound = self._items.get((collection, item_key))
        for entry in [*admin, *self._stored(store)]:
            if entry["events"] is None or event_type in entry["events"] or "*" in entry["events"]:
                found.append(Target(entry["url"], entry["id"], entry["source"], entry["failover_url"]))
        if bound is not None:
            found.append(Target(bound[0], f"{collection}/{item_key}", "request-field", bound[1]))
        return found


def field_of(body: Any, path: str | None) -> str | None:
    """A string at ``path`` in a request body, else None."""
    if path is None or not isinstance(body, Mapping):
        return None
    value = dig(body, path)
    return value if isinstance(value, str) and value and value is not MISSING else None

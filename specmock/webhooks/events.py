"""Which state changes emit which webhook event (mock.yaml ``webhooks.events``), and the event's payload."""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable, Mapping
from typing import Any

from ..rendering.responses import json_bytes
from ..rendering.template import MISSING, Renderer, dig, format_time
from ..state.criteria import matches
from ..state.store import Collection, Store

__all__ = ["Event", "EventRules"]


@dataclasses.dataclass(frozen=True, slots=True)
class Event:
    """One emitted webhook event: its type, the item it is about, and the exact body bytes every delivery sends."""

    id: str
    type: str
    collection: str
    item_key: str
    payload: Any
    body: bytes
    created: float  # time.time() at emission


class EventRules:
    """mock.yaml's ``webhooks.events`` rules, evaluated on every change of a stored item.

    A rule fires when its ``when`` criteria match the item after the change and either did not match before it
    (the default), or one of its ``changed`` fields differs from before. A created item has no "before"."""

    def __init__(
        self,
        rules: list[Mapping[str, Any]],
        emit: Callable[[Event], None],
        origin: Callable[[], str],
        active: Callable[[Store], bool] = lambda store: True,
    ) -> None:
        self.rules = rules
        self.emit = emit
        self.origin = origin
        self.active = active  # False: nobody could receive an event, so none is made (no cost on writes)
        self.renderer: Renderer | None = None
        self._store: Store | None = None

    def attach(self, store: Store, seed: int) -> None:
        """Listen to ``store`` (a new one after every reset); event ids come from their own seeded source."""
        self.renderer = Renderer(
            random.Random(f"{seed}/webhooks"), anchor=store.options.anchor, clock=store.clock, pools=store.pools
        )
        self._store = store
        store.listeners.append(self.changed)

    def changed(self, collection: Collection, before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> None:
        if self._store is not None and not self.active(self._store):
            return
        for rule in self.rules:
            if rule["collection"] != collection.name or not self._fires(rule, before, after):
                continue
            self.emit(self._event(rule, collection, before, after))

    @staticmethod
    def _fires(rule: Mapping[str, Any], before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> bool:
        when = rule.get("when") or {}
        if not matches(after, when):
            return False
        if before is None:
            return True
        changed = rule.get("changed")
        if changed:
            return any(dig(before, str(field)) != dig(after, str(field)) for field in changed)
        return not matches(before, when)

    def _event(
        self,
        rule: Mapping[str, Any],
        collection: Collection,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any],
    ) -> Event:
        renderer = self.renderer
        assert renderer is not None, "attach() first"
        moment = renderer.clock()
        event_id = renderer.render({"$id": "uuid"}, {})
        scope = {
            "item": collection.render(after, self.origin()),
            "record": after,
            "before": before if before is not None else {},
            "event": {
                "id": event_id,
                "type": rule["event"],
                "time": format_time(moment),
                "timestamp": int(moment.timestamp()),
            },
        }
        payload = renderer.render(rule.get("payload", {}), scope)
        if payload is MISSING:
            payload = {}
        return Event(
            id=str(event_id),
            type=str(rule["event"]),
            collection=collection.name,
            item_key=collection.key(after),
            payload=payload,
            body=json_bytes(payload),
            created=time.time(),
        )

"""One vendor's webhooks in the mock: rules, subscriptions, signing keys and the dispatcher, wired to the store."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from ..errors import MockConfigError
from ..rendering.template import copy_json, set_path
from ..state.store import Store
from ..validation.schemas import SchemaSet, describe_error
from .delivery import DEFAULT_QUEUE_LIMIT, DEFAULT_TIMEOUT, DEFAULT_WORKERS, Dispatcher
from .events import Event, EventRules
from .settings import WebhookSettings
from .signing import Signer
from .subscriptions import Registry, field_of

__all__ = ["Webhooks", "build_webhooks"]


class _Vendor(Protocol):
    """What this module needs of MockVendor (kept as a protocol: config/ is not imported here)."""

    @property
    def name(self) -> str: ...
    @property
    def mock_path(self) -> Path: ...
    @property
    def mock(self) -> Mapping[str, Any]: ...
    @property
    def collections(self) -> Mapping[str, Mapping[str, Any]]: ...
    @property
    def operations(self) -> Mapping[str, Mapping[str, Any]]: ...


class Webhooks:
    """Webhook subscriptions and signed deliveries for one mock (see specmock/README.md, "Webhooks")."""

    def __init__(
        self,
        settings: WebhookSettings,
        section: Mapping[str, Any],
        subscription_collection: Mapping[str, Any] | None,
        schemas: SchemaSet,
        violations: list[str],
        *,
        seed: int = 0,
        time_scale: float = 1.0,
        timeout: float = DEFAULT_TIMEOUT,
        queue_limit: int = DEFAULT_QUEUE_LIMIT,
        workers: int = DEFAULT_WORKERS,
        private_key: str | Path | None = None,
    ) -> None:
        self.settings = settings
        self.section = section
        self.schemas = schemas
        self.violations = violations
        self.seed = seed
        self.origin = ""
        self.signer = Signer(settings.verification, private_key)
        self.registry = Registry(settings.subscription, subscription_collection)
        failover = section.get("failover")
        self.failover: Mapping[str, Any] | None = failover if isinstance(failover, Mapping) else None
        self.rules = EventRules(
            list(section.get("events") or ()), self._emit, lambda: self.origin, self.registry.may_receive
        )
        self._store: Store | None = None
        self.dispatcher = Dispatcher(
            settings,
            self.signer,
            self.registry,
            self._current_store,
            headers=section.get("headers") or {},
            time_scale=time_scale,
            timeout=timeout,
            queue_limit=queue_limit,
            workers=workers,
            render_header=self._render_header,
            failover_attempts=(self.failover or {}).get("attempts"),
        )

    # -- wiring ---------------------------------------------------------------------------------------------------
    def attach(self, store: Store) -> None:
        """Listen to a (new) store: at start and after every reset."""
        self._store = store
        self.rules.attach(store, self.seed)

    def _current_store(self) -> Store:
        assert self._store is not None, "attach() first"
        return self._store

    def _render_header(self, template: str, scope: Mapping[str, Any]) -> str:
        renderer = self.rules.renderer
        return str(renderer.render(template, scope)) if renderer else template

    def _emit(self, event: Event) -> None:
        pointer = self.settings.events.get(event.type)
        if pointer is not None:
            errors = self.schemas.errors(pointer, event.payload)
            if errors:
                self.violations.append(f"webhook {event.type}: payload violates {pointer}: {describe_error(errors[0])}")
        self.dispatcher.emit(event)

    def after_operation(self, operation_id: str, origin: str, body: Any, record: Any, collection: str | None) -> None:
        """After an API operation (store lock held): remember the origin, bind a request's webhook URL to the item
        it created or changed, and watch time-driven changes once someone subscribed through the API."""
        if not self.origin:
            self.origin = origin
        subscription = self.settings.subscription
        if subscription.kind == "request-field" and operation_id in subscription.operations:
            url = field_of(body, subscription.field)
            failover = field_of(body, self.failover.get("field")) if self.failover else None
            store = self._store
            if url and isinstance(record, dict) and collection and store and collection in store.collections:
                self.registry.bind_item(collection, store.collections[collection].key(record), url, failover)
                self.dispatcher.wake()
        elif subscription.kind == "operation" and operation_id == subscription.operation:
            self.dispatcher.wake()

    def key_response(self, operation_id: str, body: Any) -> Any:
        """The public-key operation's answer carries the mock's key (at ``key.field``); other answers unchanged."""
        verification = self.settings.verification
        if operation_id != verification.key_operation or self.signer.public_key() is None:
            return body
        out = copy_json(body) if isinstance(body, dict) else {}
        set_path(out, verification.key_field or "publicKey", self.signer.public_key())
        return out

    def client_environment(self) -> dict[str, str]:
        """The variable the generated client reads its webhook key from (``key.env``), set to this mock's key."""
        key, name = self.public_key(), self.settings.verification.key_env
        return {name: key} if key is not None and name else {}

    # -- controls -------------------------------------------------------------------------------------------------
    def public_key(self) -> str | None:
        return self.signer.public_key()

    def subscribe(
        self, url: str, events: Iterable[str] | None = None, failover_url: str | None = None
    ) -> dict[str, Any]:
        unknown = [name for name in events or () if name != "*" and name not in self.settings.events]
        if unknown:
            raise ValueError(f"unknown event type(s) {', '.join(unknown)}; known: {', '.join(self.settings.events)}")
        if failover_url is not None and self.failover is None:
            raise ValueError("this vendor documents no failover URL (mock.yaml has no webhooks.failover)")
        entry = self.registry.add(url, events, failover_url)
        self.dispatcher.wake()
        return entry

    def subscriptions(self) -> list[dict[str, Any]]:
        store = self._current_store()
        with store.lock:
            return self.registry.listing(store)

    def deliveries(self) -> list[dict[str, Any]]:
        return self.dispatcher.entries()

    def reset(self) -> None:
        self.registry.remove()
        self.dispatcher.reset()

    def close(self) -> None:
        self.dispatcher.close()


def _subscription_collection(
    settings: WebhookSettings, vendor: _Vendor, section: Mapping[str, Any]
) -> dict[str, Any] | None:
    """For subscriptions made through an API operation: the collection its items live in and their field names."""
    given = section.get("subscriptions") or {}
    name = given.get("collection")
    if name is None and settings.subscription.kind == "operation" and settings.subscription.operation:
        name = (vendor.operations.get(settings.subscription.operation) or {}).get("collection")
    if name is None:
        return None
    failover = (section.get("failover") or {}).get("field")
    return {
        "collection": str(name),
        "url": str(given.get("url", "url")),
        "events": str(given.get("events", "events")),
        "enabled": str(given.get("enabled", "enabled")),
        "failover": None if failover is None else str(failover),
    }


def build_webhooks(
    vendor: _Vendor, spec_settings: WebhookSettings | None, schemas: SchemaSet, violations: list[str], **options: Any
) -> Webhooks | None:
    """The vendor's webhooks, or None when its spec has no ``x-webhooks``; mock.yaml's ``webhooks`` section is
    checked against the spec here (event types, collections) and errors name the file and the place."""
    section = vendor.mock.get("webhooks") or {}
    where = f"{vendor.mock_path}: webhooks"
    if spec_settings is None:
        if section:
            raise MockConfigError(f"{where}: the spec has no x-webhooks")
        return None
    for index, rule in enumerate(section.get("events") or ()):
        if rule["event"] not in spec_settings.events:
            known = ", ".join(spec_settings.events)
            raise MockConfigError(
                f"{where}.events.{index}.event: {rule['event']!r} is not in x-webhooks.events ({known})"
            )
        if rule["collection"] not in vendor.collections:
            raise MockConfigError(f"{where}.events.{index}.collection: no collection named {rule['collection']!r}")
    collection = _subscription_collection(spec_settings, vendor, section)
    if collection is not None and collection["collection"] not in vendor.collections:
        raise MockConfigError(f"{where}.subscriptions.collection: no collection named {collection['collection']!r}")
    return Webhooks(spec_settings, section, collection, schemas, violations, **options)

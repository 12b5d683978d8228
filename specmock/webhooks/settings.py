"""The spec's ``x-webhooks`` block as the mock needs it: events, verification, delivery and subscription."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from ..errors import MockConfigError
from ..spec import Spec

__all__ = ["ALGORITHMS", "Delivery", "Subscription", "Verification", "WebhookSettings", "read_settings"]

ALGORITHMS = ("rsa-pkcs1v15-sha256", "ed25519", "none")
_RETRY_CLASSES = ("network", "4xx", "5xx", "non-2xx")


@dataclasses.dataclass(frozen=True)
class Verification:
    algorithm: str = "none"
    signature_header: str | None = None
    signed_content: str = "{body}"
    timestamp_header: str | None = None
    delivery_id_header: str | None = None
    key_operation: str | None = None  # operationId that answers with the public key (key.source: operation)
    key_field: str | None = None  # dotted path of the key in that operation's body
    key_format: str = "pem"  # pem | ed25519-base64
    key_env: str | None = None  # environment variable the generated client reads the key from


@dataclasses.dataclass(frozen=True)
class Delivery:
    retry_on: tuple[str, ...] = ("5xx", "network")  # statuses ("503") or classes (5xx, 4xx, non-2xx, network)
    attempts: int = 3
    backoff_seconds: tuple[float, ...] = (1.0, 5.0, 25.0)

    def retries(self, status: int | None) -> bool:
        """Whether an attempt that ended with ``status`` (None: a network error) is tried again."""
        if status is None:
            return "network" in self.retry_on
        if 200 <= status < 300:
            return False
        return any(rule == str(status) or rule == f"{str(status)[0]}xx" or rule == "non-2xx" for rule in self.retry_on)

    def backoff(self, attempt: int) -> float:
        """Seconds before attempt ``attempt + 1`` (the last value repeats)."""
        if not self.backoff_seconds:
            return 0.0
        return self.backoff_seconds[min(attempt - 1, len(self.backoff_seconds) - 1)]


@dataclasses.dataclass(frozen=True)
class Subscription:
    kind: str = "none"  # operation | request-field | none
    operation: str | None = None  # kind operation: the registering operationId
    field: str | None = None  # kind request-field: the body field carrying the URL
    operations: tuple[str, ...] = ()  # kind request-field: operations whose body may carry it


@dataclasses.dataclass(frozen=True)
class WebhookSettings:
    events: Mapping[str, str]  # event type -> JSON pointer of its schema
    verification: Verification
    delivery: Delivery
    subscription: Subscription
    discriminator: str | None = None


def _pointer(spec: Spec, node: Any, where: str) -> str:
    ref = node.get("$ref") if isinstance(node, Mapping) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        raise MockConfigError(f"{spec.source}: {where}: expected {{$ref: '#/components/schemas/...'}}")
    try:
        spec.lookup(ref[1:])
    except (KeyError, IndexError, TypeError):
        raise MockConfigError(f"{spec.source}: {where}: {ref} does not exist") from None
    return ref[1:]


def _text(block: Mapping[str, Any], key: str) -> str | None:
    value = block.get(key)
    return None if value is None else str(value)


def read_settings(spec: Spec) -> WebhookSettings | None:
    """The spec's ``x-webhooks`` (None when it has none); a malformed block is a MockConfigError naming the place."""
    raw = spec.document.get("x-webhooks")
    if raw is None:
        return None
    where = f"{spec.source}: x-webhooks"
    if not isinstance(raw, Mapping):
        raise MockConfigError(f"{where}: expected a mapping")
    events = {
        str(name): _pointer(spec, node, f"x-webhooks.events.{name}") for name, node in (raw.get("events") or {}).items()
    }
    verify = raw.get("verification") or {}
    key = verify.get("key") or {}
    algorithm = str(verify.get("algorithm", "none"))
    if algorithm not in ALGORITHMS:
        raise MockConfigError(f"{where}.verification.algorithm: {algorithm!r} is not one of {', '.join(ALGORITHMS)}")
    if algorithm != "none" and not verify.get("signature-header"):
        raise MockConfigError(f"{where}.verification: signature-header is required with {algorithm}")
    key_operation = _text(key, "operation") if key.get("source") == "operation" else None
    if key_operation is not None and key_operation not in spec.operations:
        raise MockConfigError(f"{where}.verification.key.operation: no operation {key_operation!r} in the spec")
    verification = Verification(
        algorithm=algorithm,
        signature_header=_text(verify, "signature-header"),
        signed_content=str(verify.get("signed-content") or "{body}"),
        timestamp_header=_text(verify, "timestamp-header"),
        delivery_id_header=_text(verify, "delivery-id-header"),
        key_operation=key_operation,
        key_field=_text(key, "field"),
        key_format=str(key.get("format") or ("ed25519-base64" if algorithm == "ed25519" else "pem")),
        key_env=_text(key, "env"),
    )
    if "{body}" not in verification.signed_content:
        raise MockConfigError(f"{where}.verification.signed-content: must contain {{body}}")
    raw_delivery = raw.get("delivery") or {}
    retry_on = tuple(str(rule) for rule in raw_delivery.get("retry-on") or ("5xx", "network"))
    for rule in retry_on:
        if rule not in _RETRY_CLASSES and not (rule.isdigit() and len(rule) == 3):
            raise MockConfigError(f"{where}.delivery.retry-on: {rule!r} (expected a status or {_RETRY_CLASSES})")
    delivery = Delivery(
        retry_on=retry_on,
        attempts=max(1, int(raw_delivery.get("attempts", 3))),
        backoff_seconds=tuple(float(value) for value in raw_delivery.get("backoff-seconds") or (1, 5, 25)),
    )
    raw_sub = raw.get("subscription") or {}
    subscription = Subscription(
        kind=str(raw_sub.get("kind", "none")),
        operation=_text(raw_sub, "operation"),
        field=_text(raw_sub, "field"),
        operations=tuple(str(name) for name in raw_sub.get("operations") or ()),
    )
    for name in (subscription.operation, *subscription.operations):
        if name is not None and name not in spec.operations:
            raise MockConfigError(f"{where}.subscription: no operation {name!r} in the spec")
    return WebhookSettings(
        events=events,
        verification=verification,
        delivery=delivery,
        subscription=subscription,
        discriminator=_text(raw, "discriminator"),
    )

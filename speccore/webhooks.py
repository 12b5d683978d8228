"""The root ``x-webhooks`` extension (specs/EXTENSIONS.md), parsed and checked once for the generator and the mock.

``parse_webhooks(doc, file)`` is None for a spec without it; anything wrong is a ``SpecError`` whose rule is
``x-webhooks:<rule>`` and whose JSON path is the offending field (``$.x-webhooks.verification.algorithm``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from .errors import SpecError
from .operations import iter_operations
from .pointer import json_path, resolve_ref, split

__all__ = [
    "ALGORITHMS",
    "KEY_FORMATS",
    "RETRY_CLASSES",
    "SUBSCRIPTION_KINDS",
    "Delivery",
    "Subscription",
    "Verification",
    "WebhookSettings",
    "parse_webhooks",
]

ALGORITHMS = ("rsa-pkcs1v15-sha256", "ed25519", "none")
KEY_SOURCES = ("operation", "caller")
KEY_FORMATS = ("pem", "ed25519-base64")
ENCODINGS = ("base64",)
RETRY_CLASSES = ("network", "4xx", "5xx", "non-2xx")
SUBSCRIPTION_KINDS = ("operation", "request-field", "none")
_NOTES = ("x-sources", "x-decision", "x-unverified")
_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z_][A-Za-z0-9_]*|[0-9]+))*")
_SCHEMA_REF = re.compile(r"#/components/schemas/[^/]+")
_STATUS = re.compile(r"[1-5][0-9][0-9]")
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_KEYS = {
    (): ("discriminator", "events", "recording-id", "event-id", "verification", "delivery", "subscription"),
    ("verification",): (
        "algorithm",
        "signature-header",
        "signature-encoding",
        "signed-content",
        "timestamp-header",
        "tolerance-seconds",
        "delivery-id-header",
        "key",
    ),
    ("verification", "key"): ("source", "operation", "field", "format", "client-arg", "env"),
    ("delivery",): ("retry-on", "attempts", "backoff-seconds"),
    ("subscription",): ("kind", "operation", "field", "operations"),
}


@dataclasses.dataclass(frozen=True)
class Verification:
    """How deliveries are signed (``algorithm: none``: not at all) and where the receiver gets the key."""

    algorithm: str = "none"
    signature_header: str | None = None
    signature_encoding: str = "base64"
    signed_content: str = "{body}"  # the raw body, maybe with "{timestamp}" around it
    timestamp_header: str | None = None
    tolerance_seconds: float | None = None
    delivery_id_header: str | None = None
    key_source: str | None = None  # operation | caller | None (no key block)
    key_operation: str | None = None  # key.source operation: the operationId answering with the public key
    key_field: str | None = None  # dotted path of the key in that operation's 200 body
    key_format: str = "pem"  # pem | ed25519-base64
    key_client_arg: str | None = None  # constructor argument of the generated client pinning the key(s)
    key_env: str | None = None  # environment variable the generated client reads the key from


@dataclasses.dataclass(frozen=True)
class Delivery:
    """How the vendor retries a delivery (what the mock imitates)."""

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
    """How a receiver is registered with the vendor."""

    kind: str = "none"  # operation | request-field | none
    operation: str | None = None  # kind operation: the registering operationId
    field: str | None = None  # kind request-field: the body field carrying the URL
    operations: tuple[str, ...] = ()  # kind request-field: operations whose body may carry it


@dataclasses.dataclass(frozen=True)
class WebhookSettings:
    """The whole ``x-webhooks`` block, checked."""

    events: Mapping[str, str]  # event type -> JSON pointer of its component schema, in spec order
    verification: Verification
    delivery: Delivery = dataclasses.field(default_factory=Delivery)
    subscription: Subscription = dataclasses.field(default_factory=Subscription)
    discriminator: str | None = None  # dotted path of the event type in the body
    recording_ids: Mapping[str, str | None] = dataclasses.field(default_factory=dict)  # type -> dotted path
    event_id: str | None = None  # dotted path of an id stable across retries

    def schema_name(self, event_type: str) -> str:
        """The component schema name of ``event_type``."""
        return split(self.events[event_type])[-1]


class _Reader:
    """Typed access to the block, each failure a ``SpecError`` at the field's JSON path."""

    def __init__(self, doc: Mapping[str, Any], file: str) -> None:
        self.doc, self.file = doc, file
        self.operation_ids = {str(o.operation.get("operationId")) for o in iter_operations(doc)}

    def fail(self, where: tuple[str | int, ...], rule: str, message: str) -> SpecError:
        return SpecError(self.file, json_path("x-webhooks", *where), f"x-webhooks:{rule}", message)

    def block(self, where: tuple[str, ...], node: Any) -> Mapping[str, Any]:
        if not isinstance(node, Mapping):
            raise self.fail(where, "type", "must be a mapping")
        allowed = _KEYS[where]
        for key in node:
            if key not in allowed and key not in _NOTES:
                raise self.fail((*where, str(key)), "unknown-key", f"not a field here; known: {', '.join(allowed)}")
        return node

    def text(self, node: Mapping[str, Any], where: tuple[str, ...], *, required: bool = False) -> str | None:
        """A non-empty string (``required``: must be present and not null)."""
        value = node.get(where[-1])
        if value is None:
            if required:
                raise self.fail(where, "required", "required" + (" (null is not allowed)" if where[-1] in node else ""))
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(where, "type", "must be a non-empty string")
        return value

    def choice(self, node: Mapping[str, Any], where: tuple[str, ...], allowed: tuple[str, ...], default: str) -> str:
        value = node.get(where[-1], default) if default else self.text(node, where, required=True)
        if value not in allowed:
            raise self.fail(where, "enum", f"{value!r} is not one of {', '.join(allowed)}")
        return str(value)

    def dotted(self, node: Mapping[str, Any], where: tuple[str, ...], *, required: bool = False) -> str | None:
        value = self.text(node, where, required=required)
        if value is not None and not _DOTTED.fullmatch(value):
            raise self.fail(where, "dotted-path", f"{value!r} is not a dotted path of JSON property names")
        return value

    def operation(self, name: str | None, where: tuple[str | int, ...]) -> str | None:
        if name is not None and name not in self.operation_ids:
            raise self.fail(where, "operation-exists", f"{name!r} is no operationId of this spec")
        return name


def parse_webhooks(doc: Mapping[str, Any], file: str) -> WebhookSettings | None:
    """The spec's ``x-webhooks`` (None without one); ``SpecError`` naming file, JSON path and rule if it is bad."""
    if "x-webhooks" not in doc:
        return None
    read = _Reader(doc, file)
    root = read.block((), doc["x-webhooks"])
    discriminator = read.dotted(root, ("discriminator",), required=True)
    if "recording-id" not in root:
        raise read.fail(("recording-id",), "required", "required (null: the vendor sends none)")
    default_recording = read.dotted(root, ("recording-id",))
    events, recording_ids = _events(read, root, default_recording)
    return WebhookSettings(
        events=events,
        verification=_verification(read, root),
        delivery=_delivery(read, root),
        subscription=_subscription(read, root),
        discriminator=discriminator,
        recording_ids=recording_ids,
        event_id=read.dotted(root, ("event-id",)),
    )


def _events(
    read: _Reader, root: Mapping[str, Any], default_recording: str | None
) -> tuple[dict[str, str], dict[str, str | None]]:
    raw = root.get("events")
    if raw is None:
        raise read.fail(("events",), "required", "required: event type -> {$ref: '#/components/schemas/<name>'}")
    if not isinstance(raw, Mapping):
        raise read.fail(("events",), "type", "must be a mapping of event type -> $ref")
    if not raw:
        raise read.fail(("events",), "non-empty", "at least one event type")
    events: dict[str, str] = {}
    recording_ids: dict[str, str | None] = {}
    for kind, node in raw.items():
        where = ("events", str(kind))
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str) or not _SCHEMA_REF.fullmatch(ref):
            raise read.fail(where, "event-ref", "must be {$ref: '#/components/schemas/<name>'}")
        try:
            schema = resolve_ref(read.doc, ref, file=read.file)
        except SpecError as exc:
            raise read.fail(where, "event-ref", exc.message) from None
        if not _is_object(schema):  # itself, not through another $ref: the generator makes a model of it
            raise read.fail(where, "event-schema", f"{ref} is not an object schema (type: object, properties or allOf)")
        override = schema.get("x-webhook-recording-id")
        if override is not None and not (isinstance(override, str) and _DOTTED.fullmatch(override)):
            raise read.fail(where, "dotted-path", f"{ref} x-webhook-recording-id must be a dotted path")
        events[str(kind)] = ref[1:]
        recording_ids[str(kind)] = override or default_recording
    return events, recording_ids


def _is_object(schema: Any) -> bool:
    if not isinstance(schema, Mapping):
        return False
    kind = schema.get("type")
    return kind == "object" if kind is not None else any(key in schema for key in ("properties", "allOf"))


def _verification(read: _Reader, root: Mapping[str, Any]) -> Verification:
    if root.get("verification") is None:
        raise read.fail(("verification",), "required", "required (algorithm: none when the vendor signs nothing)")
    block = read.block(("verification",), root["verification"])

    def at(name: str) -> tuple[str, ...]:
        return ("verification", name)

    algorithm = read.choice(block, at("algorithm"), ALGORITHMS, "")
    signs = algorithm != "none"
    signed_content = read.text(block, at("signed-content")) or "{body}"
    timestamp_header = read.text(block, at("timestamp-header"))
    _check_signed_content(read, signed_content, timestamp_header)
    tolerance = block.get("tolerance-seconds")
    if tolerance is not None and (isinstance(tolerance, bool) or not isinstance(tolerance, int | float)):
        raise read.fail(at("tolerance-seconds"), "type", "must be a number of seconds (or null)")
    if tolerance is not None and tolerance <= 0:
        raise read.fail(at("tolerance-seconds"), "range", "must be more than 0")
    key = _key(read, block.get("key"), algorithm)
    return Verification(
        algorithm=algorithm,
        signature_header=read.text(block, at("signature-header"), required=signs),
        signature_encoding=read.choice(block, at("signature-encoding"), ENCODINGS, "base64"),
        signed_content=signed_content,
        timestamp_header=timestamp_header,
        tolerance_seconds=None if tolerance is None else float(tolerance),
        delivery_id_header=read.text(block, at("delivery-id-header")),
        **key,
    )


def _check_signed_content(read: _Reader, content: str, timestamp_header: str | None) -> None:
    where = ("verification", "signed-content")
    if content.count("{body}") != 1:
        raise read.fail(where, "signed-content", f"{content!r} must contain {{body}} exactly once")
    unknown = sorted(set(_PLACEHOLDER.findall(content)) - {"{body}", "{timestamp}"})
    if unknown:
        raise read.fail(
            where, "signed-content", f"unknown placeholder(s) {', '.join(unknown)}: {{body}}, {{timestamp}}"
        )
    if "{timestamp}" in content and timestamp_header is None:
        raise read.fail(where, "signed-content", "{timestamp} needs verification.timestamp-header")


def _key(read: _Reader, node: Any, algorithm: str) -> dict[str, Any]:
    where = ("verification", "key")
    if node is None:
        if algorithm != "none":
            raise read.fail(where, "required", f"required with algorithm {algorithm} (source: operation or caller)")
        return {}
    block = read.block(where, node)
    source = read.choice(block, (*where, "source"), KEY_SOURCES, "")
    by_operation = source == "operation"
    key_format = read.choice(block, (*where, "format"), KEY_FORMATS, "")
    if key_format == "ed25519-base64" and algorithm != "ed25519":
        raise read.fail((*where, "format"), "key-format", f"ed25519-base64 is an Ed25519 key, not {algorithm}")
    operation = read.text(block, (*where, "operation"), required=by_operation)
    client_arg = read.text(block, (*where, "client-arg"))
    if client_arg is not None and not client_arg.isidentifier():
        raise read.fail((*where, "client-arg"), "identifier", f"{client_arg!r} is not a Python argument name")
    return {
        "key_source": source,
        "key_operation": read.operation(operation, (*where, "operation")),
        "key_field": read.dotted(block, (*where, "field"), required=by_operation),
        "key_format": key_format,
        "key_client_arg": client_arg,
        "key_env": read.text(block, (*where, "env")),
    }


def _delivery(read: _Reader, root: Mapping[str, Any]) -> Delivery:
    if root.get("delivery") is None:
        return Delivery()
    block = read.block(("delivery",), root["delivery"])
    retry_on = block.get("retry-on", list(Delivery.retry_on))
    if not isinstance(retry_on, list):
        raise read.fail(("delivery", "retry-on"), "type", "must be a list")
    for index, rule in enumerate(retry_on):
        if str(rule) not in RETRY_CLASSES and not _STATUS.fullmatch(str(rule)):
            where = ("delivery", "retry-on", index)
            raise read.fail(where, "enum", f"{rule!r}: a status (e.g. 503) or one of {', '.join(RETRY_CLASSES)}")
    attempts = block.get("attempts", Delivery.attempts)
    if isinstance(attempts, bool) or not isinstance(attempts, int):
        raise read.fail(("delivery", "attempts"), "type", "must be an integer")
    if attempts < 1:
        raise read.fail(("delivery", "attempts"), "range", "must be at least 1")
    backoff = block.get("backoff-seconds", list(Delivery.backoff_seconds))
    if not isinstance(backoff, list) or any(isinstance(v, bool) or not isinstance(v, int | float) for v in backoff):
        raise read.fail(("delivery", "backoff-seconds"), "type", "must be a list of numbers")
    if any(value < 0 for value in backoff):
        raise read.fail(("delivery", "backoff-seconds"), "range", "seconds must not be negative")
    return Delivery(tuple(str(rule) for rule in retry_on), attempts, tuple(float(value) for value in backoff))


def _subscription(read: _Reader, root: Mapping[str, Any]) -> Subscription:
    if root.get("subscription") is None:
        return Subscription()
    block = read.block(("subscription",), root["subscription"])
    kind = read.choice(block, ("subscription", "kind"), SUBSCRIPTION_KINDS, "")
    operation = read.text(block, ("subscription", "operation"), required=kind == "operation")
    read.operation(operation, ("subscription", "operation"))
    field = read.dotted(block, ("subscription", "field"), required=kind == "request-field")
    operations = block.get("operations", [])
    if not isinstance(operations, list) or any(not isinstance(name, str) for name in operations):
        raise read.fail(("subscription", "operations"), "type", "must be a list of operationIds")
    if kind == "request-field" and not operations:
        raise read.fail(("subscription", "operations"), "required", "kind request-field needs the operations")
    for index, name in enumerate(operations):
        read.operation(name, ("subscription", "operations", index))
    return Subscription(kind, operation, field, tuple(operations))

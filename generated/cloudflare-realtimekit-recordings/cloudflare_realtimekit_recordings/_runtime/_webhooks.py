# Copied from generator/runtime/_webhooks.py by `make generate`. Do not edit.
"""Webhooks: check a delivery's signature over the raw body, then parse it into the event's typed model.

Generic in the scheme: the generated ``webhooks.py`` passes the spec's ``x-webhooks`` facts (headers, algorithm,
signed content, tolerance, key format, event types). ``cryptography`` is imported only when a signature is checked,
so a package whose vendor signs nothing does not need it.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import hmac
import json
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any

from ._constants import WEBHOOK_KEY_REFETCH_INTERVAL

__all__ = [
    "AsyncWebhooksBase",
    "EventTypes",
    "SyncWebhooksBase",
    "UnknownWebhookEvent",
    "WebhookConfigurationError",
    "WebhookPayloadError",
    "WebhookReceipt",
    "WebhookScheme",
    "WebhookVerificationError",
    "WebhooksBase",
    "header_values",
    "load_public_key",
]

ALGORITHMS = ("rsa-pkcs1v15-sha256", "ed25519", "none")


class WebhookVerificationError(Exception):
    """The delivery is not proven to come from the vendor: a signature or timestamp header is missing or malformed,
    no key verifies the signature, or the timestamp is outside the tolerance. ``reason`` names which."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


class WebhookPayloadError(ValueError):
    """A verified body that is not a JSON object, or a known event type whose body does not fit its schema."""


class WebhookConfigurationError(RuntimeError):
    """No key to verify with (none pinned and none fetchable), or a pinned key that cannot be loaded."""


@dataclasses.dataclass(frozen=True)
class UnknownWebhookEvent:
    """An event type the spec does not describe (or one without a ``type``), kept as parsed JSON."""

    type: str | None
    data: dict[str, Any]


@dataclasses.dataclass(frozen=True)
class WebhookScheme:
    """How the vendor signs (the spec's ``x-webhooks.verification``)."""

    algorithm: str
    signature_header: str
    signed_content: str  # "{body}", or with "{timestamp}" around it
    key_format: str  # pem | ed25519-base64
    timestamp_header: str | None = None
    tolerance_seconds: float | None = None
    delivery_id_header: str | None = None

    def __post_init__(self) -> None:
        if self.algorithm not in ALGORITHMS:
            raise ValueError(f"unknown webhook signature algorithm {self.algorithm!r} (known: {', '.join(ALGORITHMS)})")
        if self.signed_content.count("{body}") != 1:
            raise ValueError("signed content must contain {body} exactly once")


@dataclasses.dataclass(frozen=True)
class EventTypes:
    """Where the event type sits in the JSON body, and the parser of each known type."""

    discriminator: tuple[str, ...]
    parsers: Mapping[str, Callable[[dict[str, Any]], Any]]
    recording_ids: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)  # type -> JSON path
    event_id: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class WebhookReceipt:
    """What a receiver answers (``status``) and what it learnt: the event, or why it was refused."""

    status: int
    event: Any = None
    error: Exception | None = None
    delivery_key: str | None = None

    @property
    def ok(self) -> bool:
        return self.event is not None


# -- headers ------------------------------------------------------------------------------------------------------
def header_values(headers: Any, name: str) -> list[str]:
    """Every value of header ``name`` (case-insensitive) in any common headers object: a mapping, httpx/Starlette/
    Werkzeug headers (repeated headers included), or a list of ``(name, value)`` pairs (str or bytes)."""
    for method in ("get_all", "getlist", "get_list"):  # Werkzeug / email, Starlette, httpx: every repeated value
        getter = getattr(headers, method, None)
        if callable(getter):
            found = getter(name)
            if found is not None:
                return [_text(v) for v in found]
    pairs: Iterable[Any] = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    out: list[str] = []
    for pair in pairs:
        key, value = pair
        if _text(key).lower() == wanted:
            out.extend(_text(v) for v in value) if isinstance(value, list | tuple) else out.append(_text(value))
    return out


def _text(value: Any) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _signatures(values: list[str]) -> list[str]:
    """Signatures of one or several header values (a value may list several, separated by commas or spaces)."""
    return [part for value in values for part in value.replace(",", " ").split() if part]


# -- keys ---------------------------------------------------------------------------------------------------------
def load_public_key(text: str, key_format: str) -> Any:
    """A ``cryptography`` public key from a PEM (``pem``; literal ``\\n`` accepted) or a base64 raw 32-byte Ed25519
    key (``ed25519-base64``; a PEM is accepted too). ``ValueError`` says what is wrong with it."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    if not isinstance(text, str) or not text.strip():
        raise ValueError("a webhook public key must be a non-empty string")
    text = text.strip()
    if text.startswith("-----BEGIN"):
        pem = text.replace("\\n", "\n").encode("ascii", "replace")
        try:
            return load_pem_public_key(pem)
        except (ValueError, TypeError) as exc:
            raise ValueError(f"the webhook public key is not a valid PEM public key ({exc})") from None
    if key_format != "ed25519-base64":
        raise ValueError("the webhook public key must be a PEM (-----BEGIN PUBLIC KEY-----)")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the webhook public key is not valid base64") from None
    if len(raw) != 32:
        raise ValueError(f"an Ed25519 public key is 32 bytes, this one is {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


def _as_list(keys: str | Sequence[str] | None) -> list[str]:
    if keys is None:
        return []
    if isinstance(keys, str):
        return [keys]
    if isinstance(keys, bytes):
        raise TypeError("pass the webhook public key as str (PEM or base64), not bytes")
    return list(keys)


def _verify_one(algorithm: str, key: Any, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    try:
        if algorithm == "ed25519" and isinstance(key, Ed25519PublicKey):
            key.verify(signature, message)
            return True
        if algorithm == "rsa-pkcs1v15-sha256" and isinstance(key, RSAPublicKey):
            key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
            return True
    except InvalidSignature:
        return False
    return False  # a key of another type never verifies


# -- the sans-I/O core --------------------------------------------------------------------------------------------
class WebhooksBase:
    """Verification and parsing without I/O; subclasses add how a key is fetched (sync or async)."""

    def __init__(
        self,
        scheme: WebhookScheme,
        events: EventTypes,
        public_key: str | Sequence[str] | None = None,
        *,
        tolerance_seconds: float | None = None,
        token: str | None = None,
        token_header: str | None = None,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        refetch_interval: float = WEBHOOK_KEY_REFETCH_INTERVAL,
    ) -> None:
        self.scheme = scheme
        self.events = events
        self.tolerance_seconds = scheme.tolerance_seconds if tolerance_seconds is None else tolerance_seconds
        if self.tolerance_seconds is not None and not self.tolerance_seconds > 0:
            raise ValueError("tolerance_seconds must be a positive number of seconds")
        if (token is None) != (token_header is None):
            raise ValueError("token and token_header go together (the header the vendor sends your token in)")
        self._token = token.encode() if token is not None else None
        self._token_header = token_header
        self._clock = clock
        self._monotonic = monotonic
        self._refetch_interval = refetch_interval
        texts = _as_list(public_key)
        try:
            self._pinned = [load_public_key(t, scheme.key_format) for t in texts] if scheme.algorithm != "none" else []
        except ValueError as exc:
            raise WebhookConfigurationError(str(exc)) from None
        self._fetched: list[Any] | None = None
        self._fetched_at: float | None = None

    # -- checks -----------------------------------------------------------------------------------------------------
    def _signed(self, raw_body: Any, headers: Any) -> tuple[bytes, list[bytes]]:
        """The signed bytes and the candidate signatures, after the header and timestamp checks."""
        body = _require_bytes(raw_body)
        scheme = self.scheme
        values = header_values(headers, scheme.signature_header)
        if not values or not any(v.strip() for v in values):
            raise WebhookVerificationError(f"missing {scheme.signature_header} header", reason="missing-signature")
        signatures = []
        for text in _signatures(values):
            try:
                signatures.append(base64.b64decode(text, validate=True))
            except (binascii.Error, ValueError):
                raise WebhookVerificationError(
                    f"{scheme.signature_header} is not base64", reason="malformed-signature"
                ) from None
        if scheme.algorithm == "ed25519" and any(len(s) != 64 for s in signatures):
            raise WebhookVerificationError(
                f"{scheme.signature_header}: an Ed25519 signature is 64 bytes", reason="malformed-signature"
            )
        timestamp = self._timestamp(headers) if scheme.timestamp_header else ""
        before, after = scheme.signed_content.split("{body}")
        prefix, suffix = (part.replace("{timestamp}", timestamp).encode() for part in (before, after))
        return prefix + body + suffix, signatures

    def _timestamp(self, headers: Any) -> str:
        name = self.scheme.timestamp_header or ""
        values = header_values(headers, name)
        if not values:
            raise WebhookVerificationError(f"missing {name} header", reason="missing-timestamp")
        text = values[0].strip()
        if len(values) > 1 or not (text.isascii() and text.isdigit()) or len(text) > 12:
            raise WebhookVerificationError(f"{name} is not a Unix time in seconds", reason="malformed-timestamp")
        if self.tolerance_seconds is not None:
            skew = self._clock() - int(text)
            if abs(skew) > self.tolerance_seconds:
                when = "old" if skew > 0 else "in the future"
                raise WebhookVerificationError(
                    f"{name} is {abs(int(skew))} s {when}, outside the {self.tolerance_seconds:g} s tolerance",
                    reason="timestamp-outside-tolerance",
                )
        return text

    def _matches(self, keys: list[Any], message: bytes, signatures: list[bytes]) -> bool:
        return any(_verify_one(self.scheme.algorithm, k, s, message) for k in keys for s in signatures)

    def _check_token(self, headers: Any) -> None:
        """``algorithm: none``: only a shared token the caller configured can be checked (constant time)."""
        if self._token is None or self._token_header is None:
            raise WebhookVerificationError(
                "this vendor documents no webhook signature: there is nothing to verify (configure token= and "
                "token_header= if your webhook sends a shared token, or use a secret URL)",
                reason="unsigned-vendor",
            )
        values = header_values(headers, self._token_header)
        if not values:
            raise WebhookVerificationError(f"missing {self._token_header} header", reason="missing-signature")
        if not any(hmac.compare_digest(v.strip().encode(), self._token) for v in values):
            raise WebhookVerificationError(f"{self._token_header} does not match", reason="bad-signature")

    def _can_refetch(self) -> bool:
        """A fetched key may be fetched again (rotation) at most once per ``refetch_interval``."""
        return self._fetched_at is None or self._monotonic() - self._fetched_at >= self._refetch_interval

    def _store(self, text: Any) -> list[Any]:
        self._fetched_at = self._monotonic()
        try:
            keys = [load_public_key(t, self.scheme.key_format) for t in _as_list(text)]
        except (ValueError, TypeError) as exc:
            raise WebhookVerificationError(f"the fetched webhook key is unusable: {exc}", reason="bad-key") from None
        if not keys:
            raise WebhookVerificationError("the key operation answered no webhook key", reason="bad-key")
        self._fetched = keys
        return keys

    def _no_match(self) -> WebhookVerificationError:
        return WebhookVerificationError(
            f"no key verifies the {self.scheme.signature_header} signature (wrong key, or a changed body: verify "
            "the raw bytes as received, never re-serialised JSON)",
            reason="bad-signature",
        )

    # -- parsing ----------------------------------------------------------------------------------------------------
    def parse(self, raw_body: Any) -> Any:
        """The typed event of a body (no verification): the model of its type, else ``UnknownWebhookEvent``."""
        body = _require_bytes(raw_body)
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise WebhookPayloadError(f"the webhook body is not JSON ({exc})") from None
        if not isinstance(data, dict):
            raise WebhookPayloadError(f"the webhook body is a JSON {type(data).__name__}, not an object")
        kind = _dig(data, self.events.discriminator)
        parser = self.events.parsers.get(kind) if isinstance(kind, str) else None
        if parser is None:
            return UnknownWebhookEvent(type=kind if isinstance(kind, str) else None, data=data)
        try:
            return parser(data)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise WebhookPayloadError(f"a {kind} event that does not fit its schema: {exc}") from None

    def recording_id(self, raw_body_or_data: Any) -> str | None:
        """The recording id of a body (bytes) or parsed JSON (dict), per the spec's ``recording-id``."""
        data = json.loads(raw_body_or_data) if isinstance(raw_body_or_data, bytes) else raw_body_or_data
        if isinstance(data, UnknownWebhookEvent):
            data = data.data
        elif not isinstance(data, dict):
            data = data.to_dict()
        kind = _dig(data, self.events.discriminator)
        path = self.events.recording_ids.get(kind) if isinstance(kind, str) else None
        value = _dig(data, path) if path else None
        return None if value is None else str(value)

    def delivery_key(self, raw_body: Any, headers: Any) -> str:
        """A key to deduplicate deliveries on: the delivery-id header, else the event's id, else the body's SHA-256
        (retries and duplicates of one delivery share it)."""
        body = _require_bytes(raw_body)
        if self.scheme.delivery_id_header:
            values = header_values(headers, self.scheme.delivery_id_header)
            if values and values[0].strip():
                return f"{self.scheme.delivery_id_header}:{values[0].strip()}"
        if self.events.event_id:
            try:
                value = _dig(json.loads(body), self.events.event_id)
            except (ValueError, UnicodeDecodeError):
                value = None
            if isinstance(value, str | int) and str(value):
                return f"id:{value}"
        return "sha256:" + hashlib.sha256(body).hexdigest()


class SyncWebhooksBase(WebhooksBase):
    """Blocking verification; the key, when not pinned, comes from ``fetch_key`` (called once, then cached)."""

    def __init__(self, *args: Any, fetch_key: Callable[[], Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fetch_key = fetch_key

    def verify(self, raw_body: bytes, headers: Any) -> None:
        """Raise ``WebhookVerificationError`` unless the delivery is signed by the vendor (only checks)."""
        if self.scheme.algorithm == "none":
            _require_bytes(raw_body)
            self._check_token(headers)
            return
        message, signatures = self._signed(raw_body, headers)
        if self._pinned:
            if self._matches(self._pinned, message, signatures):
                return
            raise self._no_match()
        if self._fetch_key is None:
            raise WebhookConfigurationError("no webhook public key: pass public_key= (or the client argument)")
        keys = self._fetched if self._fetched is not None else self._store(self._fetch_key())
        if self._matches(keys, message, signatures):
            return
        if self._can_refetch() and self._matches(self._store(self._fetch_key()), message, signatures):
            return
        raise self._no_match()

    def unwrap(self, raw_body: bytes, headers: Any) -> Any:
        """Verify, then parse: the typed event (``UnknownWebhookEvent`` for a type the spec does not describe).
        With ``algorithm: none`` (the vendor signs nothing) only a configured shared token is checked."""
        if self.scheme.algorithm != "none" or self._token is not None:
            self.verify(raw_body, headers)
        return self.parse(raw_body)

    def receive(self, raw_body: bytes, headers: Any) -> WebhookReceipt:
        """For any web framework: the status to answer and the event. 200 with the event; 401 when not verified;
        400 for a body that is not a valid event; 503 when the key could not be fetched (the vendor retries)."""
        try:
            event = self.unwrap(raw_body, headers)
        except Exception as exc:
            return _refusal(exc)
        return WebhookReceipt(200, event=event, delivery_key=self.delivery_key(raw_body, headers))


def _refusal(exc: Exception) -> WebhookReceipt:
    """The status ``receive`` answers for a delivery ``unwrap`` refused: 401 not verified, 400 not a valid event, 503
    when the key could not be fetched (a network or API error) or none is configured, so the vendor retries."""
    if isinstance(exc, WebhookVerificationError):
        return WebhookReceipt(401, error=exc)
    if isinstance(exc, WebhookPayloadError | TypeError):
        return WebhookReceipt(400, error=exc)
    return WebhookReceipt(503, error=exc)


class AsyncWebhooksBase(WebhooksBase):
    """The same as ``SyncWebhooksBase`` with an async key fetch (``verify``, ``unwrap``, ``receive`` are async)."""

    def __init__(self, *args: Any, fetch_key: Callable[[], Awaitable[Any]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fetch_key = fetch_key

    async def verify(self, raw_body: bytes, headers: Any) -> None:
        """Raise ``WebhookVerificationError`` unless the delivery is signed by the vendor (only checks)."""
        if self.scheme.algorithm == "none":
            _require_bytes(raw_body)
            self._check_token(headers)
            return
        message, signatures = self._signed(raw_body, headers)
        if self._pinned:
            if self._matches(self._pinned, message, signatures):
                return
            raise self._no_match()
        if self._fetch_key is None:
            raise WebhookConfigurationError("no webhook public key: pass public_key= (or the client argument)")
        keys = self._fetched if self._fetched is not None else self._store(await self._fetch_key())
        if self._matches(keys, message, signatures):
            return
        if self._can_refetch() and self._matches(self._store(await self._fetch_key()), message, signatures):
            return
        raise self._no_match()

    async def unwrap(self, raw_body: bytes, headers: Any) -> Any:
        """Verify, then parse (see ``SyncWebhooksBase.unwrap``)."""
        if self.scheme.algorithm != "none" or self._token is not None:
            await self.verify(raw_body, headers)
        return self.parse(raw_body)

    async def receive(self, raw_body: bytes, headers: Any) -> WebhookReceipt:
        """See ``SyncWebhooksBase.receive``."""
        try:
            event = await self.unwrap(raw_body, headers)
        except Exception as exc:
            return _refusal(exc)
        return WebhookReceipt(200, event=event, delivery_key=self.delivery_key(raw_body, headers))


def _require_bytes(raw_body: Any) -> bytes:
    """Raw bytes only: a str or parsed JSON has lost the exact bytes the vendor signed."""
    if isinstance(raw_body, bytes | bytearray | memoryview):
        return bytes(raw_body)
    what = "a str" if isinstance(raw_body, str) else f"a {type(raw_body).__name__}"
    raise TypeError(
        f"pass the request body as the raw bytes received, not {what}: the signature covers those exact bytes, and "
        "decoding or re-serialising JSON changes them (request.body() in Starlette, request.get_data() in Flask)"
    )


def _dig(data: Any, path: Sequence[str]) -> Any:
    for step in path:
        if not isinstance(data, dict):
            return None
        data = data.get(step)
    return data

# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""Webhooks of Telnyx Room Recordings API: verify a delivery over its raw bytes, then parse its typed event.

Signature: ed25519 over ``{timestamp}|{body}`` in the ``telnyx-signature-ed25519`` header, timestamp ``telnyx-timestamp`` within 300.0 s.
Pass the request body as the raw bytes received: the signature covers those bytes, and parsed JSON serialised
again (other whitespace, key order or escaping) no longer matches.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from ._runtime._webhooks import (
    AsyncWebhooksBase,
    EventTypes,
    SyncWebhooksBase,
    UnknownWebhookEvent,
    WebhookConfigurationError,
    WebhookPayloadError,
    WebhookReceipt,
    WebhookScheme,
    WebhookVerificationError,
)
from .models import RoomCompositionCompletedWebhook, RoomRecordingCompletedWebhook, RoomRecordingStartedWebhook

if TYPE_CHECKING:
    from .client import AsyncTelnyxRoomRecordings, TelnyxRoomRecordings

__all__ = [
    "AsyncWebhooks",
    "UnknownWebhookEvent",
    "WebhookConfigurationError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookReceipt",
    "WebhookVerificationError",
    "Webhooks",
]

WebhookEvent = (
    RoomRecordingStartedWebhook | RoomRecordingCompletedWebhook | RoomCompositionCompletedWebhook | UnknownWebhookEvent
)
"""Every event ``unwrap`` returns: one model per event type of the spec, else ``UnknownWebhookEvent``."""

SCHEME = WebhookScheme(
    algorithm="ed25519",
    signature_header="telnyx-signature-ed25519",
    signed_content="{timestamp}|{body}",
    timestamp_header="telnyx-timestamp",
    tolerance_seconds=300.0,
    delivery_id_header=None,
    key_format="ed25519-base64",
)
EVENTS = EventTypes(
    discriminator=(
        "data",
        "event_type",
    ),
    parsers={
        "video.room.recording.started": RoomRecordingStartedWebhook.from_dict,
        "video.room.recording.completed": RoomRecordingCompletedWebhook.from_dict,
        "video.room.composition.completed": RoomCompositionCompletedWebhook.from_dict,
    },
    recording_ids={
        "video.room.recording.started": (
            "data",
            "payload",
            "recording_id",
        ),
        "video.room.recording.completed": (
            "data",
            "payload",
            "recording_id",
        ),
        "video.room.composition.completed": (
            "data",
            "payload",
            "composition_id",
        ),
    },
    event_id=(
        "data",
        "id",
    ),
)


def _pinned(public_key: str | Sequence[str] | None) -> str | Sequence[str] | None:
    """The key(s) given, else ``TELNYX_PUBLIC_KEY``."""
    return public_key if public_key is not None else (os.environ.get("TELNYX_PUBLIC_KEY") or None)


class Webhooks(SyncWebhooksBase):
    """Webhooks: ``unwrap(raw_body, headers)`` -> typed event, ``verify`` only checks.

    ``public_key``: the key(s) to trust (several during a rotation), else ``TELNYX_PUBLIC_KEY``.
    ``tolerance_seconds``: how far ``telnyx-timestamp`` may be from now (default 300.0).
    ``receive(raw_body, headers)`` gives the status to answer (200, 401, 400, 503) with the event, for any framework.
    """

    def __init__(
        self,
        public_key: str | Sequence[str] | None = None,
        *,
        client: TelnyxRoomRecordings | None = None,
        tolerance_seconds: float | None = None,
    ) -> None:
        super().__init__(
            SCHEME,
            EVENTS,
            _pinned(public_key),
            tolerance_seconds=tolerance_seconds,
        )

    def unwrap(self, raw_body: bytes, headers: Any) -> WebhookEvent:
        """Verify the delivery, then parse it: the event's model, or ``UnknownWebhookEvent`` for another type.

        Raises:
            WebhookVerificationError: missing, malformed or wrong signature, or a timestamp outside the tolerance.
            WebhookPayloadError: the body is not a JSON object, or a known event does not fit its schema.
            TypeError: ``raw_body`` is not bytes (a str or parsed JSON has lost the signed bytes).
        """
        return cast(WebhookEvent, super().unwrap(raw_body, headers))

    def parse(self, raw_body: bytes) -> WebhookEvent:
        """Parse without verifying (for a body already verified, or a test)."""
        return cast(WebhookEvent, super().parse(raw_body))


class AsyncWebhooks(AsyncWebhooksBase):
    """Async webhooks (``verify``, ``unwrap`` and ``receive`` are coroutines): ``unwrap(raw_body, headers)`` -> typed event, ``verify`` only checks.

    ``public_key``: the key(s) to trust (several during a rotation), else ``TELNYX_PUBLIC_KEY``.
    ``tolerance_seconds``: how far ``telnyx-timestamp`` may be from now (default 300.0).
    ``receive(raw_body, headers)`` gives the status to answer (200, 401, 400, 503) with the event, for any framework.
    """

    def __init__(
        self,
        public_key: str | Sequence[str] | None = None,
        *,
        client: AsyncTelnyxRoomRecordings | None = None,
        tolerance_seconds: float | None = None,
    ) -> None:
        super().__init__(
            SCHEME,
            EVENTS,
            _pinned(public_key),
            tolerance_seconds=tolerance_seconds,
        )

    async def unwrap(self, raw_body: bytes, headers: Any) -> WebhookEvent:
        """Verify the delivery, then parse it: the event's model, or ``UnknownWebhookEvent`` for another type.

        Raises:
            WebhookVerificationError: missing, malformed or wrong signature, or a timestamp outside the tolerance.
            WebhookPayloadError: the body is not a JSON object, or a known event does not fit its schema.
            TypeError: ``raw_body`` is not bytes (a str or parsed JSON has lost the signed bytes).
        """
        return cast(WebhookEvent, await super().unwrap(raw_body, headers))

    def parse(self, raw_body: bytes) -> WebhookEvent:
        """Parse without verifying (for a body already verified, or a test)."""
        return cast(WebhookEvent, super().parse(raw_body))

# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""Webhooks of SuperViz Recordings API: verify a delivery over its raw bytes, then parse its typed event.

The vendor documents no signature: ``unwrap`` only parses (and checks a shared token when one is configured).
Pass the request body as the raw bytes received: the signature covers those bytes, and parsed JSON serialised
again (other whitespace, key order or escaping) no longer matches.
"""

from __future__ import annotations

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
from .models import RecordingWebhook

if TYPE_CHECKING:
    from .client import AsyncSuperVizRecordings, SuperVizRecordings

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

WebhookEvent = RecordingWebhook | UnknownWebhookEvent
"""Every event ``unwrap`` returns: one model per event type of the spec, else ``UnknownWebhookEvent``."""

SCHEME = WebhookScheme(
    algorithm="none",
    signature_header="",
    signed_content="{body}",
    timestamp_header=None,
    tolerance_seconds=None,
    delivery_id_header=None,
    key_format="pem",
)
EVENTS = EventTypes(
    discriminator=("type",),
    parsers={
        "RECORDING": RecordingWebhook.from_dict,
    },
    recording_ids={
        "RECORDING": (
            "message",
            "id",
        ),
    },
    event_id=("id",),
)


def _pinned(public_key: str | Sequence[str] | None) -> str | Sequence[str] | None:
    return public_key


class Webhooks(SyncWebhooksBase):
    """Webhooks: ``unwrap(raw_body, headers)`` -> typed event, ``verify`` only checks.

    ``token`` / ``token_header``: a shared token your webhook sends, checked in constant time.
    ``receive(raw_body, headers)`` gives the status to answer (200, 401, 400, 503) with the event, for any framework.
    """

    def __init__(
        self,
        *,
        client: SuperVizRecordings | None = None,
        token: str | None = None,
        token_header: str | None = None,
    ) -> None:
        super().__init__(
            SCHEME,
            EVENTS,
            None,
            token=token,
            token_header=token_header,
        )

    def unwrap(self, raw_body: bytes, headers: Any) -> WebhookEvent:
        """Verify the delivery, then parse it: the event's model, or ``UnknownWebhookEvent`` for another type.

        Raises:
            WebhookVerificationError: missing, malformed or wrong signature.
            WebhookPayloadError: the body is not a JSON object, or a known event does not fit its schema.
            TypeError: ``raw_body`` is not bytes (a str or parsed JSON has lost the signed bytes).
        """
        return cast(WebhookEvent, super().unwrap(raw_body, headers))

    def parse(self, raw_body: bytes) -> WebhookEvent:
        """Parse without verifying (for a body already verified, or a test)."""
        return cast(WebhookEvent, super().parse(raw_body))


class AsyncWebhooks(AsyncWebhooksBase):
    """Async webhooks (``verify``, ``unwrap`` and ``receive`` are coroutines): ``unwrap(raw_body, headers)`` -> typed event, ``verify`` only checks.

    ``token`` / ``token_header``: a shared token your webhook sends, checked in constant time.
    ``receive(raw_body, headers)`` gives the status to answer (200, 401, 400, 503) with the event, for any framework.
    """

    def __init__(
        self,
        *,
        client: AsyncSuperVizRecordings | None = None,
        token: str | None = None,
        token_header: str | None = None,
    ) -> None:
        super().__init__(
            SCHEME,
            EVENTS,
            None,
            token=token,
            token_header=token_header,
        )

    async def unwrap(self, raw_body: bytes, headers: Any) -> WebhookEvent:
        """Verify the delivery, then parse it: the event's model, or ``UnknownWebhookEvent`` for another type.

        Raises:
            WebhookVerificationError: missing, malformed or wrong signature.
            WebhookPayloadError: the body is not a JSON object, or a known event does not fit its schema.
            TypeError: ``raw_body`` is not bytes (a str or parsed JSON has lost the signed bytes).
        """
        return cast(WebhookEvent, await super().unwrap(raw_body, headers))

    def parse(self, raw_body: bytes) -> WebhookEvent:
        """Parse without verifying (for a body already verified, or a test)."""
        return cast(WebhookEvent, super().parse(raw_body))

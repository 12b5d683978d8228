# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""Webhooks of VideoSDK Recordings API: verify a delivery over its raw bytes, then parse its typed event.

Signature: rsa-pkcs1v15-sha256 over ``{body}`` in the ``videosdk-signature`` header.
Pass the request body as the raw bytes received: the signature covers those bytes, and parsed JSON serialised
again (other whitespace, key order or escaping) no longer matches.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from ._runtime import dig
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
from .models import (
    RecordingFailedWebhook,
    RecordingStartedWebhook,
    RecordingStartingWebhook,
    RecordingStoppedWebhook,
    RecordingStoppingWebhook,
)

if TYPE_CHECKING:
    from .client import AsyncVideoSDKRecordings, VideoSDKRecordings

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
    RecordingStartingWebhook
    | RecordingStartedWebhook
    | RecordingStoppingWebhook
    | RecordingStoppedWebhook
    | RecordingFailedWebhook
    | UnknownWebhookEvent
)
"""Every event ``unwrap`` returns: one model per event type of the spec, else ``UnknownWebhookEvent``."""

SCHEME = WebhookScheme(
    algorithm="rsa-pkcs1v15-sha256",
    signature_header="videosdk-signature",
    signed_content="{body}",
    timestamp_header=None,
    tolerance_seconds=None,
    delivery_id_header=None,
    key_format="pem",
)
EVENTS = EventTypes(
    discriminator=("webhookType",),
    parsers={
        "recording-starting": RecordingStartingWebhook.from_dict,
        "recording-started": RecordingStartedWebhook.from_dict,
        "recording-stopping": RecordingStoppingWebhook.from_dict,
        "recording-stopped": RecordingStoppedWebhook.from_dict,
        "recording-failed": RecordingFailedWebhook.from_dict,
    },
    recording_ids={},
    event_id=(),
)
KEY_FIELD = ("public_key",)  # where the key operation's answer holds the key


def _pinned(public_key: str | Sequence[str] | None) -> str | Sequence[str] | None:
    """The key(s) given, else ``VIDEOSDK_WEBHOOK_PUBLIC_KEY``."""
    return public_key if public_key is not None else (os.environ.get("VIDEOSDK_WEBHOOK_PUBLIC_KEY") or None)


class Webhooks(SyncWebhooksBase):
    """Webhooks: ``unwrap(raw_body, headers)`` -> typed event, ``verify`` only checks.

    ``public_key``: the key(s) to trust (several during a rotation), else ``VIDEOSDK_WEBHOOK_PUBLIC_KEY``, else fetched once
    through ``client.webhook_keys.get()`` and cached (fetched again at most once a minute when a
    signature does not verify: key rotation).
    ``receive(raw_body, headers)`` gives the status to answer (200, 401, 400, 503) with the event, for any framework.
    """

    def __init__(
        self,
        public_key: str | Sequence[str] | None = None,
        *,
        client: VideoSDKRecordings | None = None,
    ) -> None:
        fetch = None
        if client is not None:
            resource = client.webhook_keys

            def fetch() -> Any:
                return dig(resource.get(), *KEY_FIELD)

        super().__init__(
            SCHEME,
            EVENTS,
            _pinned(public_key),
            fetch_key=fetch,
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

    ``public_key``: the key(s) to trust (several during a rotation), else ``VIDEOSDK_WEBHOOK_PUBLIC_KEY``, else fetched once
    through ``client.webhook_keys.get()`` and cached (fetched again at most once a minute when a
    signature does not verify: key rotation).
    ``receive(raw_body, headers)`` gives the status to answer (200, 401, 400, 503) with the event, for any framework.
    """

    def __init__(
        self,
        public_key: str | Sequence[str] | None = None,
        *,
        client: AsyncVideoSDKRecordings | None = None,
    ) -> None:
        fetch = None
        if client is not None:
            resource = client.webhook_keys

            async def fetch() -> Any:
                return dig(await resource.get(), *KEY_FIELD)

        super().__init__(
            SCHEME,
            EVENTS,
            _pinned(public_key),
            fetch_key=fetch,
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

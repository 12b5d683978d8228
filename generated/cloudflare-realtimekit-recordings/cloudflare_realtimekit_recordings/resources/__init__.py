# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""One module per tag: the sync and async resource classes the clients expose as attributes."""

from .recordings import (
    AsyncRecordingsResource,
    AsyncRecordingsResourceWithRawResponse,
    RecordingsResource,
    RecordingsResourceWithRawResponse,
)
from .webhook_keys import (
    AsyncWebhookKeysResource,
    AsyncWebhookKeysResourceWithRawResponse,
    WebhookKeysResource,
    WebhookKeysResourceWithRawResponse,
)
from .webhook_subscriptions import (
    AsyncWebhookSubscriptionsResource,
    AsyncWebhookSubscriptionsResourceWithRawResponse,
    WebhookSubscriptionsResource,
    WebhookSubscriptionsResourceWithRawResponse,
)

__all__ = [
    "AsyncRecordingsResource",
    "AsyncRecordingsResourceWithRawResponse",
    "RecordingsResource",
    "RecordingsResourceWithRawResponse",
    "AsyncWebhookSubscriptionsResource",
    "AsyncWebhookSubscriptionsResourceWithRawResponse",
    "WebhookSubscriptionsResource",
    "WebhookSubscriptionsResourceWithRawResponse",
    "AsyncWebhookKeysResource",
    "AsyncWebhookKeysResourceWithRawResponse",
    "WebhookKeysResource",
    "WebhookKeysResourceWithRawResponse",
]

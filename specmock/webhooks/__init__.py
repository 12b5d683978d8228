"""Webhooks in the mock: subscriptions as each vendor registers them, and a signed delivery on every lifecycle
transition (events from mock.yaml's ``webhooks`` section, signing and retries from the spec's ``x-webhooks``)."""

from .delivery import Dispatcher
from .faults import DELIVERY_FAULTS, parse_delivery_fault
from .service import Webhooks, build_webhooks
from .settings import WebhookSettings, read_settings
from .signing import Signer, signed_content

__all__ = [
    "DELIVERY_FAULTS",
    "Dispatcher",
    "Signer",
    "WebhookSettings",
    "Webhooks",
    "build_webhooks",
    "parse_delivery_fault",
    "read_settings",
    "signed_content",
]

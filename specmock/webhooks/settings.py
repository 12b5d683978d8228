"""The spec's ``x-webhooks`` block as the mock needs it, read by speccore's one parser (``speccore.webhooks``)."""

from __future__ import annotations

from speccore.errors import SpecError
from speccore.webhooks import ALGORITHMS, Delivery, Subscription, Verification, WebhookSettings, parse_webhooks

from ..errors import MockConfigError
from ..spec import Spec

__all__ = ["ALGORITHMS", "Delivery", "Subscription", "Verification", "WebhookSettings", "read_settings"]


def read_settings(spec: Spec) -> WebhookSettings | None:
    """The spec's ``x-webhooks`` (None when it has none); a bad block is a MockConfigError with speccore's
    ``file: $.x-webhooks...: [x-webhooks:<rule>] message``, so the mock refuses to start."""
    try:
        return parse_webhooks(spec.document, spec.source)
    except SpecError as exc:
        raise MockConfigError(str(exc)) from None

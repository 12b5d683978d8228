"""The mock reads x-webhooks through speccore.webhooks: a broken block stops it before it serves (MockConfigError
naming the file, the JSON path and the rule), and the settings it delivers with are speccore's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import specmock
from speccore.webhooks import parse_webhooks
from specmock.webhooks.settings import read_settings
from tests.speccore.webhook_vendors import changed_vendor


def _no_algorithm(block: dict[str, Any]) -> None:
    del block["verification"]["algorithm"]


def _no_signature_header(block: dict[str, Any]) -> None:
    del block["verification"]["signature-header"]


def _zero_attempts(block: dict[str, Any]) -> None:
    block["delivery"]["attempts"] = 0


def _subscription_field_missing(block: dict[str, Any]) -> None:
    del block["subscription"]["field"]


@pytest.mark.parametrize(
    ("key", "change", "where"),
    [
        ("superviz", _no_algorithm, "$.x-webhooks.verification.algorithm: [x-webhooks:required]"),
        ("telnyx", _no_signature_header, "$.x-webhooks.verification.signature-header: [x-webhooks:required]"),
        ("cloudflare", _zero_attempts, "$.x-webhooks.delivery.attempts: [x-webhooks:range]"),
        ("videosdk", _subscription_field_missing, "$.x-webhooks.subscription.field: [x-webhooks:required]"),
    ],
)
def test_the_mock_refuses_to_start_with_a_broken_x_webhooks(tmp_path: Path, key: str, change: Any, where: str) -> None:
    vendor = specmock.load_vendor(key, changed_vendor(tmp_path, key, change))
    with pytest.raises(specmock.MockConfigError) as info:
        specmock.create_app(vendor)
    assert str(info.value).startswith(f"{vendor.vendor.spec_path}: {where} ")


@pytest.mark.parametrize("key", specmock.available_vendors())
def test_the_mock_delivers_with_speccores_settings(key: str) -> None:
    vendor = specmock.load_vendor(key)
    assert read_settings(vendor.spec) == parse_webhooks(vendor.spec.document, vendor.spec.source)

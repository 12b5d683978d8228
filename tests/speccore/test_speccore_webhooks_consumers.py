"""The generator, the mock and lint-specs read x-webhooks through speccore.webhooks: they accept and refuse the same
specs, and the four real specs give both consumers the same settings."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator.context import SpecIndex
from speccore.errors import SpecError
from speccore.vendors import discover, load_vendor
from speccore.webhooks import parse_webhooks
from speccore.yamlfile import load_yaml
from specmock.errors import MockConfigError
from specmock.spec import Spec
from specmock.webhooks.settings import read_settings
from tests.speccore.webhook_vendors import changed_vendor
from tools.lint_specs import validator_findings

WITH_WEBHOOKS = [key for key in discover() if "x-webhooks" in load_yaml(load_vendor(key).spec_path)]


def _models(spec: dict[str, Any]) -> list[Any]:
    """Stand-ins for openapi-python-client's models: one per component schema, class ``<Name>Model``."""
    names = spec.get("components", {}).get("schemas", {})
    return [SimpleNamespace(name=name, class_info=SimpleNamespace(name=f"{name}Model")) for name in names]


def test_every_real_spec_with_webhooks_is_covered() -> None:
    assert len(WITH_WEBHOOKS) >= 4


@pytest.mark.parametrize("key", WITH_WEBHOOKS)
def test_generator_and_mock_get_the_same_settings(key: str) -> None:
    vendor = load_vendor(key)
    spec = load_yaml(vendor.spec_path)
    parsed = parse_webhooks(spec, vendor.spec_relpath)
    mock = read_settings(Spec.from_path(vendor.spec_path))
    generator = SpecIndex(spec, vendor).webhooks(_models(spec))
    assert parsed is not None and mock is not None and generator is not None
    assert mock == parsed
    v = mock.verification
    assert [e["type"] for e in generator["events"]] == list(mock.events)
    assert [e["class"] for e in generator["events"]] == [f"{mock.schema_name(t)}Model" for t in mock.events]
    assert [".".join(e["recording_id"]) or None for e in generator["events"]] == list(mock.recording_ids.values())
    assert ".".join(generator["discriminator"]) == mock.discriminator
    assert (".".join(generator["event_id"]) or None) == mock.event_id
    assert (generator["algorithm"], generator["signature_header"] or None, generator["signed_content"]) == (
        v.algorithm,
        v.signature_header,
        v.signed_content,
    )
    assert (generator["timestamp_header"], generator["delivery_id_header"], generator["key_format"]) == (
        v.timestamp_header,
        v.delivery_id_header,
        v.key_format,
    )
    assert (generator["tolerance_seconds"], generator["client_arg"], generator["env"]) == (
        v.tolerance_seconds,
        v.key_client_arg,
        v.key_env,
    )
    assert (generator["fetch"] is not None) == (v.key_operation is not None)


def _drop_algorithm(block: dict[str, Any]) -> None:
    del block["verification"]["algorithm"]


def _unknown_subscription(block: dict[str, Any]) -> None:
    block["subscription"] = {"kind": "email"}


@pytest.mark.parametrize(
    ("key", "change", "path", "rule", "line"),
    [
        # before speccore.webhooks the mock took a missing algorithm for `none` while the generator refused it
        ("superviz", _drop_algorithm, "$.x-webhooks.verification.algorithm", "x-webhooks:required", "verification:"),
        # and neither checked the subscription kind
        ("telnyx", _unknown_subscription, "$.x-webhooks.subscription.kind", "x-webhooks:enum", "kind: email"),
    ],
)
def test_generator_mock_and_lint_refuse_the_same_spec(
    tmp_path: Path, key: str, change: Any, path: str, rule: str, line: str
) -> None:
    specs = changed_vendor(tmp_path, key, change)
    vendor = load_vendor(key, specs)
    spec = load_yaml(vendor.spec_path)
    with pytest.raises(SpecError) as generator:
        SpecIndex(spec, vendor).webhooks(_models(spec))
    with pytest.raises(MockConfigError) as mock:
        read_settings(Spec.from_path(vendor.spec_path))
    assert (generator.value.json_path, generator.value.rule) == (path, rule)
    assert f"{path}: [{rule}]" in str(mock.value) and str(vendor.spec_path) in str(mock.value)
    [finding] = validator_findings(vendor.spec_path)
    assert (finding.severity, finding.rule) == ("error", f"generator:{rule}")
    assert path in finding.message
    text = vendor.spec_path.read_text(encoding="utf-8").splitlines()
    assert text[finding.line - 1].strip().startswith(line)  # lint-specs points at the line (missing: the parent's)

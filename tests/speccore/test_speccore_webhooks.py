"""speccore.webhooks: x-webhooks parsed once; each rule refuses a minimal spec with the file, JSON path and rule."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from speccore import webhooks
from speccore.errors import SpecError
from speccore.webhooks import Delivery, Subscription, parse_webhooks

FILE = "specs/demo/openapi.yaml"
DELETE = object()


def _spec() -> dict[str, Any]:
    """A small spec whose x-webhooks uses every field, valid as it is."""
    event = {"type": "object", "properties": {"type": {"type": "string"}, "data": {"type": "object"}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "demo", "version": "1"},
        "paths": {
            "/keys": {"get": {"operationId": "getKey", "responses": {"200": {"description": "ok"}}}},
            "/hooks": {"post": {"operationId": "createHook", "responses": {"201": {"description": "ok"}}}},
        },
        "components": {
            "schemas": {
                "Done": {**event, "x-webhook-recording-id": "data.file_id"},
                "Started": {"allOf": [event]},
                "Alias": {"$ref": "#/components/schemas/Started"},
                "Plain": {"type": "string"},
            }
        },
        "x-webhooks": {
            "discriminator": "type",
            "events": {
                "rec.done": {"$ref": "#/components/schemas/Done"},
                "rec.started": {"$ref": "#/components/schemas/Started"},
            },
            "recording-id": "data.id",
            "event-id": "id",
            "verification": {
                "algorithm": "rsa-pkcs1v15-sha256",
                "signature-header": "x-sig",
                "signature-encoding": "base64",
                "signed-content": "{timestamp}.{body}",
                "timestamp-header": "x-ts",
                "tolerance-seconds": 300,
                "delivery-id-header": "x-id",
                "key": {
                    "source": "operation",
                    "operation": "getKey",
                    "field": "data.key",
                    "format": "pem",
                    "client-arg": "webhook_key",
                    "env": "DEMO_WEBHOOK_KEY",
                },
            },
            "delivery": {"retry-on": ["5xx", 429, "network"], "attempts": 4, "backoff-seconds": [0, 2.5]},
            "subscription": {"kind": "operation", "operation": "createHook"},
            "x-decision": "notes are allowed at every level",
        },
    }


def _changed(*changes: tuple[str, Any]) -> dict[str, Any]:
    """The spec with ``x-webhooks`` fields set (dotted key, value) or removed (``DELETE``)."""
    spec = _spec()
    for dotted, value in changes:
        *parents, last = dotted.split("|")
        node: Any = spec["x-webhooks"]
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if value is DELETE:
            del node[last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return spec


def _refused(spec: dict[str, Any]) -> SpecError:
    with pytest.raises(SpecError) as info:
        parse_webhooks(spec, FILE)
    return info.value


def test_a_spec_without_x_webhooks_has_none() -> None:
    spec = _spec()
    del spec["x-webhooks"]
    assert parse_webhooks(spec, FILE) is None


def test_every_field_is_read() -> None:
    settings = parse_webhooks(_spec(), FILE)
    assert settings is not None
    assert dict(settings.events) == {
        "rec.done": "/components/schemas/Done",
        "rec.started": "/components/schemas/Started",
    }
    assert settings.schema_name("rec.started") == "Started"
    # the event schema's x-webhook-recording-id wins over the root recording-id
    assert dict(settings.recording_ids) == {"rec.done": "data.file_id", "rec.started": "data.id"}
    assert (settings.discriminator, settings.event_id) == ("type", "id")
    v = settings.verification
    assert (v.algorithm, v.signature_header, v.signature_encoding) == ("rsa-pkcs1v15-sha256", "x-sig", "base64")
    assert (v.signed_content, v.timestamp_header, v.tolerance_seconds, v.delivery_id_header) == (
        "{timestamp}.{body}",
        "x-ts",
        300.0,
        "x-id",
    )
    assert (v.key_source, v.key_operation, v.key_field, v.key_format) == ("operation", "getKey", "data.key", "pem")
    assert (v.key_client_arg, v.key_env) == ("webhook_key", "DEMO_WEBHOOK_KEY")
    assert settings.delivery == Delivery(("5xx", "429", "network"), 4, (0.0, 2.5))
    assert settings.subscription == Subscription("operation", "createHook")


def test_defaults_of_the_optional_fields() -> None:
    spec = _changed(
        ("verification", {"algorithm": "none"}),
        ("delivery", DELETE),
        ("subscription", DELETE),
        ("event-id", DELETE),
        ("recording-id", None),
    )
    settings = parse_webhooks(spec, FILE)
    assert settings is not None
    v = settings.verification
    assert (v.algorithm, v.signature_header, v.signed_content, v.key_source, v.key_format) == (
        "none",
        None,
        "{body}",
        None,
        "pem",
    )
    assert settings.delivery == Delivery(("5xx", "network"), 3, (1.0, 5.0, 25.0))
    assert settings.subscription == Subscription("none")
    assert settings.event_id is None
    assert dict(settings.recording_ids) == {"rec.done": "data.file_id", "rec.started": None}


def test_request_field_subscription_and_caller_key() -> None:
    spec = _changed(
        ("subscription", {"kind": "request-field", "field": "hook.url", "operations": ["createHook", "getKey"]}),
        ("verification|algorithm", "ed25519"),
        ("verification|key", {"source": "caller", "format": "ed25519-base64"}),
    )
    settings = parse_webhooks(spec, FILE)
    assert settings is not None
    assert settings.subscription == Subscription("request-field", None, "hook.url", ("createHook", "getKey"))
    assert (settings.verification.key_source, settings.verification.key_format) == ("caller", "ed25519-base64")
    assert settings.verification.key_operation is None


# (changes, JSON path, rule): one row per rule (and per place a rule applies)
BROKEN: list[tuple[tuple[tuple[str, Any], ...], str, str]] = [
    ((("verification|algorithm", DELETE),), "$.x-webhooks.verification.algorithm", "x-webhooks:required"),
    ((("verification|algorithm", None),), "$.x-webhooks.verification.algorithm", "x-webhooks:required"),
    ((("verification|algorithm", "hmac-sha256"),), "$.x-webhooks.verification.algorithm", "x-webhooks:enum"),
    ((("verification", DELETE),), "$.x-webhooks.verification", "x-webhooks:required"),
    ((("verification", "none"),), "$.x-webhooks.verification", "x-webhooks:type"),
    ((("discriminator", DELETE),), "$.x-webhooks.discriminator", "x-webhooks:required"),
    ((("discriminator", "data..type"),), "$.x-webhooks.discriminator", "x-webhooks:dotted-path"),
    ((("recording-id", DELETE),), "$.x-webhooks.recording-id", "x-webhooks:required"),
    ((("recording-id", 7),), "$.x-webhooks.recording-id", "x-webhooks:type"),
    ((("event-id", "a b"),), "$.x-webhooks.event-id", "x-webhooks:dotted-path"),
    ((("recording_id", "data.id"),), "$.x-webhooks.recording_id", "x-webhooks:unknown-key"),
    ((("verification|key|fromat", "pem"),), "$.x-webhooks.verification.key.fromat", "x-webhooks:unknown-key"),
    ((("events", DELETE),), "$.x-webhooks.events", "x-webhooks:required"),
    ((("events", ["rec.done"]),), "$.x-webhooks.events", "x-webhooks:type"),
    ((("events", {}),), "$.x-webhooks.events", "x-webhooks:non-empty"),
    ((("events|rec.done", {"schema": "Done"}),), "$.x-webhooks.events['rec.done']", "x-webhooks:event-ref"),
    (
        (("events|rec.done", {"$ref": "#/components/schemas/Gone"}),),
        "$.x-webhooks.events['rec.done']",
        "x-webhooks:event-ref",
    ),
    (
        (("events|rec.done", {"$ref": "#/paths/~1keys/get"}),),
        "$.x-webhooks.events['rec.done']",
        "x-webhooks:event-ref",
    ),
    (
        (("events|rec.done", {"$ref": "#/components/schemas/Plain"}),),
        "$.x-webhooks.events['rec.done']",
        "x-webhooks:event-schema",
    ),
    (
        (("events|rec.done", {"$ref": "#/components/schemas/Alias"}),),  # a $ref to a $ref: no model of its own
        "$.x-webhooks.events['rec.done']",
        "x-webhooks:event-schema",
    ),
    ((("verification|signature-header", DELETE),), "$.x-webhooks.verification.signature-header", "x-webhooks:required"),
    ((("verification|signature-header", 5),), "$.x-webhooks.verification.signature-header", "x-webhooks:type"),
    ((("verification|signature-encoding", "hex"),), "$.x-webhooks.verification.signature-encoding", "x-webhooks:enum"),
    (
        (("verification|signed-content", "{body}{body}"),),
        "$.x-webhooks.verification.signed-content",
        "x-webhooks:signed-content",
    ),
    (
        (("verification|signed-content", "{ts}|{body}"),),
        "$.x-webhooks.verification.signed-content",
        "x-webhooks:signed-content",
    ),
    (
        (("verification|timestamp-header", DELETE),),
        "$.x-webhooks.verification.signed-content",
        "x-webhooks:signed-content",
    ),
    ((("verification|tolerance-seconds", "5m"),), "$.x-webhooks.verification.tolerance-seconds", "x-webhooks:type"),
    ((("verification|tolerance-seconds", 0),), "$.x-webhooks.verification.tolerance-seconds", "x-webhooks:range"),
    ((("verification|key", DELETE),), "$.x-webhooks.verification.key", "x-webhooks:required"),
    ((("verification|key|source", DELETE),), "$.x-webhooks.verification.key.source", "x-webhooks:required"),
    ((("verification|key|source", "url"),), "$.x-webhooks.verification.key.source", "x-webhooks:enum"),
    ((("verification|key|operation", DELETE),), "$.x-webhooks.verification.key.operation", "x-webhooks:required"),
    (
        (("verification|key|operation", "fetchKey"),),
        "$.x-webhooks.verification.key.operation",
        "x-webhooks:operation-exists",
    ),
    ((("verification|key|field", DELETE),), "$.x-webhooks.verification.key.field", "x-webhooks:required"),
    ((("verification|key|format", DELETE),), "$.x-webhooks.verification.key.format", "x-webhooks:required"),
    ((("verification|key|format", "der"),), "$.x-webhooks.verification.key.format", "x-webhooks:enum"),
    (
        (("verification|key|format", "ed25519-base64"),),
        "$.x-webhooks.verification.key.format",
        "x-webhooks:key-format",
    ),
    (
        (("verification|key|client-arg", "webhook-key"),),
        "$.x-webhooks.verification.key.client-arg",
        "x-webhooks:identifier",
    ),
    ((("delivery", [3]),), "$.x-webhooks.delivery", "x-webhooks:type"),
    ((("delivery|retry-on|1", "sometimes"),), "$.x-webhooks.delivery.retry-on[1]", "x-webhooks:enum"),
    ((("delivery|retry-on", "5xx"),), "$.x-webhooks.delivery.retry-on", "x-webhooks:type"),
    ((("delivery|attempts", "3"),), "$.x-webhooks.delivery.attempts", "x-webhooks:type"),
    ((("delivery|attempts", 0),), "$.x-webhooks.delivery.attempts", "x-webhooks:range"),
    ((("delivery|backoff-seconds", [1, "5"]),), "$.x-webhooks.delivery.backoff-seconds", "x-webhooks:type"),
    ((("delivery|backoff-seconds", [1, -5]),), "$.x-webhooks.delivery.backoff-seconds", "x-webhooks:range"),
    ((("subscription|kind", DELETE),), "$.x-webhooks.subscription.kind", "x-webhooks:required"),
    ((("subscription|kind", "webhook"),), "$.x-webhooks.subscription.kind", "x-webhooks:enum"),
    ((("subscription|operation", DELETE),), "$.x-webhooks.subscription.operation", "x-webhooks:required"),
    (
        (("subscription|operation", "registerHook"),),
        "$.x-webhooks.subscription.operation",
        "x-webhooks:operation-exists",
    ),
    (
        (("subscription", {"kind": "request-field", "operations": ["createHook"]}),),
        "$.x-webhooks.subscription.field",
        "x-webhooks:required",
    ),
    (
        (("subscription", {"kind": "request-field", "field": "url"}),),
        "$.x-webhooks.subscription.operations",
        "x-webhooks:required",
    ),
    (
        (("subscription", {"kind": "request-field", "field": "url", "operations": ["createHook", "nope"]}),),
        "$.x-webhooks.subscription.operations[1]",
        "x-webhooks:operation-exists",
    ),
]


@pytest.mark.parametrize(("changes", "path", "rule"), BROKEN, ids=[f"{p} {r}" for _, p, r in BROKEN])
def test_each_rule_refuses_with_file_path_and_rule(changes: tuple[tuple[str, Any], ...], path: str, rule: str) -> None:
    error = _refused(_changed(*changes))
    assert (error.file, error.json_path, error.rule) == (FILE, path, rule)
    assert str(error).startswith(f"{FILE}: {path}: [{rule}] ")


def test_every_rule_has_a_test() -> None:
    source = Path(webhooks.__file__).read_text(encoding="utf-8")
    rules = set(re.findall(r'fail\(\s*[^"]*?(?:"[^"]*"[^"]*?)*?, "([a-z-]+)",', source))
    assert len(rules) >= 10  # the pattern still finds the rules
    assert {f"x-webhooks:{rule}" for rule in rules} <= {rule for _, _, rule in BROKEN}


def test_a_root_that_is_not_a_mapping_is_refused() -> None:
    spec = _spec()
    spec["x-webhooks"] = None
    error = _refused(spec)
    assert (error.json_path, error.rule) == ("$.x-webhooks", "x-webhooks:type")


def test_a_bad_recording_id_override_on_the_event_schema_is_refused() -> None:
    spec = _spec()
    spec["components"]["schemas"]["Done"]["x-webhook-recording-id"] = "data/file"
    error = _refused(spec)
    assert (error.json_path, error.rule) == ("$.x-webhooks.events['rec.done']", "x-webhooks:dotted-path")
    assert "#/components/schemas/Done" in error.message


def test_no_key_is_needed_without_a_signature() -> None:
    settings = parse_webhooks(_changed(("verification", {"algorithm": "none"})), FILE)
    assert settings is not None and settings.verification.key_source is None


def test_parsing_does_not_change_the_document() -> None:
    spec = _spec()
    before = copy.deepcopy(spec)
    parse_webhooks(spec, FILE)
    assert spec == before


@pytest.mark.parametrize(
    ("retry_on", "status", "expected"),
    [
        (("5xx", "network"), 503, True),
        (("5xx", "network"), 404, False),
        (("5xx", "network"), None, True),
        (("5xx",), None, False),
        (("non-2xx",), 404, True),
        (("non-2xx",), 204, False),
        (("429",), 429, True),
        (("429",), 430, False),
    ],
)
def test_delivery_retries(retry_on: tuple[str, ...], status: int | None, expected: bool) -> None:
    assert Delivery(retry_on=retry_on).retries(status) is expected


def test_delivery_backoff_repeats_the_last_value() -> None:
    delivery = Delivery(backoff_seconds=(1.0, 5.0))
    assert [delivery.backoff(attempt) for attempt in (1, 2, 3, 9)] == [1.0, 5.0, 5.0, 5.0]
    assert Delivery(backoff_seconds=()).backoff(2) == 0.0

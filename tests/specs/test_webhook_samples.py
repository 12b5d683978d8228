"""Every vendor webhook sample in ``specs/*/reference/`` goes through the generated ``unwrap``: it parses into the
model of its event type (signed here with a test key, since no vendor publishes a signed sample), or it is rejected
for the reason written next to it. Every event schema's own example parses into its own model too.
"""

from __future__ import annotations

import base64
import importlib
import json
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from speccore.pointer import deref
from tests.clients.speclib import Vendor, vendors

ROOT = Path(__file__).resolve().parents[2]
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
ED_KEY = ed25519.Ed25519PrivateKey.generate()

# (vendor, file, how the delivery body is made from it, expected: model class name | "unknown" | error reason)
SAMPLES: list[tuple[str, str, str, str]] = [
    ("cloudflare", "recording.statusUpdate.UPLOADED.cf-docs.json", "as-is", "RecordingStatusUpdateWebhook"),
    ("cloudflare", "recording.statusUpdate.RECORDING.dyte-legacy.json", "as-is", "RecordingStatusUpdateWebhook"),
    ("cloudflare", "recording.statusUpdate.UPLOADING.dyte-legacy.json", "as-is", "RecordingStatusUpdateWebhook"),
    ("cloudflare", "recording.statusUpdate.UPLOADED.dyte-legacy.json", "as-is", "RecordingStatusUpdateWebhook"),
    # Telnyx's samples are the inner object of the {"data": ...} envelope.
    ("telnyx", "video.room.recording.started.example.json", "wrap-data", "RoomRecordingStartedWebhook"),
    # Vendor defect kept verbatim: the RecordingCompleted example says event_type recording.started, so the event
    # type routes it (the discriminator is the only truth a receiver has).
    ("telnyx", "video.room.recording.completed.example.json", "wrap-data", "RoomRecordingStartedWebhook"),
    ("telnyx", "video.room.composition.completed.example.json", "wrap-data", "RoomCompositionCompletedWebhook"),
    ("telnyx", "video.room.session.started.example.json", "wrap-data", "unknown"),  # not a recording event
    ("telnyx", "video.room.session.ended.example.json", "wrap-data", "unknown"),
    ("videosdk", "recording-starting.normalized.json", "as-is", "RecordingStartingWebhook"),
    ("videosdk", "recording-started.normalized.json", "as-is", "RecordingStartedWebhook"),
    ("videosdk", "recording-stopping.normalized.json", "as-is", "RecordingStoppingWebhook"),
    ("videosdk", "recording-stopped.normalized.json", "as-is", "RecordingStoppedWebhook"),
    ("videosdk", "recording-failed.normalized.json", "as-is", "RecordingFailedWebhook"),
    # The docs' blocks are JavaScript (trailing commas): signed or not, they are no JSON object.
    ("videosdk", "recording-stopped.verbatim.js.txt", "as-is", "payload-error"),
    ("videosdk", "recording-started.verbatim.js.txt", "as-is", "payload-error"),
    ("videosdk", "recording-starting.verbatim.js.txt", "as-is", "payload-error"),
    ("videosdk", "recording-stopping.verbatim.js.txt", "as-is", "payload-error"),
    ("videosdk", "recording-failed.verbatim.js.txt", "as-is", "payload-error"),
    ("superviz", "RECORDING.docs.json", "as-is", "RecordingWebhook"),
]


def _vendor(key: str) -> Vendor:
    return next(v for v in vendors() if v.key == key)


def _body(vendor: Vendor, name: str, how: str) -> bytes:
    raw = (vendor.facts.spec_path.parent / "reference" / name).read_bytes()
    return b'{"data": ' + raw + b"}" if how == "wrap-data" else raw


def _webhooks(vendor: Vendor) -> Any:
    module = importlib.import_module(f"{vendor.facts.package}.webhooks")
    scheme = vendor.spec["x-webhooks"]["verification"]
    algorithm = scheme["algorithm"]
    if algorithm == "rsa-pkcs1v15-sha256":
        pem = RSA_KEY.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return module.Webhooks(pem.decode())
    if algorithm == "ed25519":
        raw = ED_KEY.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return module.Webhooks(base64.b64encode(raw).decode())
    return module.Webhooks()


def _sign(vendor: Vendor, body: bytes) -> dict[str, str]:
    scheme = vendor.spec["x-webhooks"]["verification"]
    if scheme["algorithm"] == "none":
        return {}
    timestamp = str(int(time.time()))
    before, after = scheme["signed-content"].replace("{timestamp}", timestamp).split("{body}")
    message = before.encode() + body + after.encode()
    if scheme["algorithm"] == "ed25519":
        signature = ED_KEY.sign(message)
    else:
        signature = RSA_KEY.sign(message, padding.PKCS1v15(), hashes.SHA256())
    headers = {scheme["signature-header"]: base64.b64encode(signature).decode()}
    if scheme.get("timestamp-header"):
        headers[scheme["timestamp-header"]] = timestamp
    return headers


def test_every_webhook_sample_file_is_listed() -> None:
    listed = {(vendor, name) for vendor, name, _, _ in SAMPLES}
    for vendor in vendors():
        events = (vendor.spec.get("x-webhooks") or {}).get("events") or {}
        for path in sorted((vendor.facts.spec_path.parent / "reference").iterdir()):
            kind = path.name.split(".example")[0].split(".normalized")[0].split(".verbatim")[0].split(".docs")[0]
            looks_like_event = any(path.name.startswith(event) for event in events) or kind.startswith("video.room.")
            if looks_like_event and not path.name.endswith(".source.txt"):
                assert (vendor.key, path.name) in listed, (
                    f"{vendor.key}: {path.name} is a webhook sample not checked here"
                )


@pytest.mark.parametrize(("vendor_key", "name", "how", "expected"), SAMPLES, ids=[f"{v}-{n}" for v, n, _, _ in SAMPLES])
def test_vendor_sample_unwraps_or_is_rejected_for_its_reason(
    vendor_key: str, name: str, how: str, expected: str
) -> None:
    vendor = _vendor(vendor_key)
    package = importlib.import_module(vendor.facts.package)
    hooks = _webhooks(vendor)
    body = _body(vendor, name, how)
    signed = _sign(vendor, body)
    if expected == "payload-error":
        with pytest.raises(package.WebhookPayloadError, match="not JSON"):
            hooks.unwrap(body, signed)
        return
    event = hooks.unwrap(body, signed)
    data = json.loads(body)
    if expected == "unknown":
        assert isinstance(event, package.UnknownWebhookEvent)
        assert event.data == data
        return
    assert type(event).__name__ == expected
    assert event.to_dict() == data  # nothing lost or invented (unknown keys are kept as additional properties)
    recording_id = hooks.recording_id(body)
    path = vendor.spec["x-webhooks"].get("recording-id")
    if path:
        node: Any = data
        schema_path = deref(vendor.spec, vendor.spec["x-webhooks"]["events"][_type(vendor, data)])[0].get(
            "x-webhook-recording-id", path
        )
        for step in schema_path.split("."):
            node = node[step]
        assert recording_id == node
    else:
        assert recording_id is None


def _type(vendor: Vendor, data: Any) -> str:
    for step in vendor.spec["x-webhooks"]["discriminator"].split("."):
        data = data[step]
    return str(data)


@pytest.mark.parametrize("vendor_key", ["cloudflare", "telnyx", "videosdk"])
def test_unsigned_vendor_sample_is_refused_by_a_signing_vendor(vendor_key: str) -> None:
    vendor = _vendor(vendor_key)
    package = importlib.import_module(vendor.facts.package)
    name, how = next((n, h) for v, n, h, e in SAMPLES if v == vendor_key and e not in ("payload-error", "unknown"))
    body = _body(vendor, name, how)
    with pytest.raises(package.WebhookVerificationError) as info:
        _webhooks(vendor).unwrap(body, {})  # the vendors publish no signature with their samples
    assert info.value.reason in {"missing-signature", "missing-timestamp"}
    signed = _sign(vendor, body)
    reserialised = json.dumps(json.loads(body), separators=(",", ":")).encode()
    with pytest.raises(package.WebhookVerificationError) as info:
        _webhooks(vendor).unwrap(reserialised, signed)
    assert info.value.reason == "bad-signature"


@pytest.mark.parametrize("vendor", [v for v in vendors() if v.spec.get("x-webhooks")], ids=lambda v: v.key)
def test_every_event_schema_example_parses_into_its_model(vendor: Vendor) -> None:
    for kind, ref in vendor.spec["x-webhooks"]["events"].items():
        schema = deref(vendor.spec, ref)[0]
        example = schema["example"]
        assert _type(vendor, example) == kind, f"{kind}: its example carries another event type"
        event = _webhooks(vendor).parse(json.dumps(example).encode())
        assert type(event).__name__ == ref["$ref"].rpartition("/")[2]

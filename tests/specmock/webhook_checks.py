"""Shared helpers of the webhook tests: signature checks with ``cryptography`` directly (not the mock's code)."""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

import specmock
from specmock.validation.schemas import SchemaSet, describe_error
from specmock.webhooks.receiver import ReceivedRequest


def x_webhooks(server: specmock.MockServer) -> dict[str, Any]:
    return dict(server.app.spec.document["x-webhooks"])


def signature_valid(server: specmock.MockServer, request: ReceivedRequest, public_key: str | None = None) -> bool:
    """Whether ``request`` carries a valid signature, checked the way the spec's ``verification`` says."""
    verification = x_webhooks(server)["verification"]
    key_text = public_key or server.webhook_public_key()
    assert key_text is not None
    signature = base64.b64decode(request.headers[verification["signature-header"]])
    content = request.body
    if verification.get("timestamp-header"):
        timestamp = request.headers[verification["timestamp-header"]].encode()
        assert verification["signed-content"] == "{timestamp}|{body}"
        content = timestamp + b"|" + request.body
    else:
        assert verification["signed-content"] == "{body}"
    try:
        if verification["algorithm"] == "ed25519":
            ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(key_text)).verify(signature, content)
        else:
            key = serialization.load_pem_public_key(key_text.encode())
            assert isinstance(key, rsa.RSAPublicKey)
            key.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def schema_errors(server: specmock.MockServer, body: bytes) -> list[str]:
    """Why a delivered body breaks its event schema in the spec (empty: it conforms)."""
    settings = x_webhooks(server)
    payload = json.loads(body)
    event_type: Any = payload
    for step in settings["discriminator"].split("."):
        event_type = event_type[step]
    pointer = settings["events"][event_type]["$ref"][1:]
    schemas = SchemaSet(server.app.spec, "response")
    return [describe_error(error) for error in schemas.errors(pointer, payload)]

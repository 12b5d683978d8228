"""The webhook runtime: every failure class raises WebhookVerificationError with its reason, keys pinned or fetched.

Keys are generated here (RSA 2048, Ed25519); payloads are signed the way the spec's schemes say.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from generator.runtime._webhooks import (
    AsyncWebhooksBase,
    EventTypes,
    SyncWebhooksBase,
    UnknownWebhookEvent,
    WebhookConfigurationError,
    WebhookPayloadError,
    WebhookScheme,
    WebhookVerificationError,
    header_values,
    load_public_key,
)

NOW = 1_800_000_000
RSA_SCHEME = WebhookScheme(
    algorithm="rsa-pkcs1v15-sha256",
    signature_header="x-sig",
    signed_content="{body}",
    key_format="pem",
    delivery_id_header="x-uuid",
)
ED_SCHEME = WebhookScheme(
    algorithm="ed25519",
    signature_header="x-sig",
    signed_content="{timestamp}|{body}",
    timestamp_header="x-ts",
    tolerance_seconds=300,
    key_format="ed25519-base64",
)
EVENTS = EventTypes(
    discriminator=("data", "type"),
    parsers={"done": lambda d: ("parsed", d["data"]["rec"])},
    recording_ids={"done": ("data", "rec")},
    event_id=("data", "id"),
)
BODY = b'{"data": {"type": "done", "rec": "r-1", "id": "evt-9"},  "extra": "\\u00e9"}'


def _rsa() -> tuple[rsa.RSAPrivateKey, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return key, pem.decode()


def _ed() -> tuple[ed25519.Ed25519PrivateKey, str]:
    key = ed25519.Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return key, base64.b64encode(raw).decode()


RSA_A, RSA_A_PEM = _rsa()
RSA_B, RSA_B_PEM = _rsa()
ED_A, ED_A_KEY = _ed()
ED_B, ED_B_KEY = _ed()


def rsa_sign(key: rsa.RSAPrivateKey, body: bytes) -> str:
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()


def ed_headers(key: ed25519.Ed25519PrivateKey, body: bytes, ts: int = NOW) -> dict[str, str]:
    return {"x-ts": str(ts), "x-sig": base64.b64encode(key.sign(f"{ts}|".encode() + body)).decode()}


def rsa_hooks(public_key: Any = None, fetch: Callable[[], Any] | None = None, **kw: Any) -> SyncWebhooksBase:
    return SyncWebhooksBase(RSA_SCHEME, EVENTS, public_key, fetch_key=fetch, **kw)


def ed_hooks(public_key: Any = None, **kw: Any) -> SyncWebhooksBase:
    return SyncWebhooksBase(ED_SCHEME, EVENTS, public_key, clock=lambda: NOW, **kw)


def reason(call: Callable[[], object]) -> str:
    with pytest.raises(WebhookVerificationError) as info:
        call()
    return info.value.reason


# -- success ----------------------------------------------------------------------------------------------------------
def test_rsa_signed_body_unwraps_into_the_event_types_model() -> None:
    hooks = rsa_hooks(RSA_A_PEM)
    assert hooks.unwrap(BODY, {"X-Sig": rsa_sign(RSA_A, BODY)}) == ("parsed", "r-1")


def test_ed25519_signs_timestamp_bar_body() -> None:
    assert ed_hooks(ED_A_KEY).unwrap(BODY, ed_headers(ED_A, BODY)) == ("parsed", "r-1")


def test_unknown_event_type_is_kept_not_raised() -> None:
    body = b'{"data": {"type": "meeting.started", "x": 1}}'
    event = rsa_hooks(RSA_A_PEM).unwrap(body, {"x-sig": rsa_sign(RSA_A, body)})
    assert event == UnknownWebhookEvent(type="meeting.started", data={"data": {"type": "meeting.started", "x": 1}})
    assert rsa_hooks(RSA_A_PEM).parse(b'{"no": "type"}') == UnknownWebhookEvent(type=None, data={"no": "type"})


# -- failure classes --------------------------------------------------------------------------------------------------
def test_missing_signature_header() -> None:
    assert reason(lambda: rsa_hooks(RSA_A_PEM).verify(BODY, {})) == "missing-signature"
    assert reason(lambda: rsa_hooks(RSA_A_PEM).verify(BODY, {"x-sig": "  "})) == "missing-signature"


def test_malformed_base64_signature() -> None:
    assert reason(lambda: rsa_hooks(RSA_A_PEM).verify(BODY, {"x-sig": "not base64!"})) == "malformed-signature"
    short = base64.b64encode(b"x" * 10).decode()  # an Ed25519 signature is 64 bytes
    assert reason(lambda: ed_hooks(ED_A_KEY).verify(BODY, {"x-ts": str(NOW), "x-sig": short})) == "malformed-signature"


def test_wrong_key() -> None:
    assert reason(lambda: rsa_hooks(RSA_B_PEM).verify(BODY, {"x-sig": rsa_sign(RSA_A, BODY)})) == "bad-signature"
    assert reason(lambda: ed_hooks(ED_B_KEY).verify(BODY, ed_headers(ED_A, BODY))) == "bad-signature"


def test_tampered_body() -> None:
    signature = rsa_sign(RSA_A, BODY)
    tampered = BODY.replace(b"r-1", b"r-2")
    assert reason(lambda: rsa_hooks(RSA_A_PEM).verify(tampered, {"x-sig": signature})) == "bad-signature"


def test_reserialised_json_does_not_verify_and_str_is_refused() -> None:
    signature = rsa_sign(RSA_A, BODY)
    reserialised = json.dumps(json.loads(BODY)).encode()  # other spacing and escaping: other bytes
    assert reserialised != BODY
    assert reason(lambda: rsa_hooks(RSA_A_PEM).verify(reserialised, {"x-sig": signature})) == "bad-signature"
    with pytest.raises(TypeError, match="raw bytes"):
        rsa_hooks(RSA_A_PEM).verify(BODY.decode(), {"x-sig": signature})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="raw bytes"):
        rsa_hooks(RSA_A_PEM).unwrap(json.loads(BODY), {"x-sig": signature})


@pytest.mark.parametrize(("offset", "fails"), [(-301, True), (301, True), (-299, False), (299, False)])
def test_timestamp_tolerance_both_ways(offset: int, fails: bool) -> None:
    headers = ed_headers(ED_A, BODY, ts=NOW + offset)
    if fails:
        assert reason(lambda: ed_hooks(ED_A_KEY).verify(BODY, headers)) == "timestamp-outside-tolerance"
    else:
        ed_hooks(ED_A_KEY).verify(BODY, headers)
    ed_hooks(ED_A_KEY, tolerance_seconds=1000).verify(BODY, headers)  # the caller may widen it


def test_timestamp_missing_or_malformed_and_signed() -> None:
    headers = ed_headers(ED_A, BODY)
    assert reason(lambda: ed_hooks(ED_A_KEY).verify(BODY, {"x-sig": headers["x-sig"]})) == "missing-timestamp"
    for bad in ("17e8", "-5", "", "\uff11\uff12\uff13"):  # the last: full-width digits (str.isdigit is true)
        with pytest.raises(WebhookVerificationError) as info:
            ed_hooks(ED_A_KEY).verify(BODY, {**headers, "x-ts": bad})
        assert info.value.reason == "malformed-timestamp", bad
    moved = {**headers, "x-ts": str(NOW + 1)}  # within tolerance, but not the signed timestamp
    assert reason(lambda: ed_hooks(ED_A_KEY).verify(BODY, moved)) == "bad-signature"


# -- keys -------------------------------------------------------------------------------------------------------------
def test_several_pinned_keys_cover_a_rotation() -> None:
    hooks = ed_hooks([ED_B_KEY, ED_A_KEY])
    hooks.verify(BODY, ed_headers(ED_A, BODY))
    hooks.verify(BODY, ed_headers(ED_B, BODY))


def test_fetched_key_is_cached_and_refetched_once_per_interval_on_failure() -> None:
    served = [RSA_A_PEM]
    calls: list[int] = []
    clock = [0.0]

    def fetch() -> str:
        calls.append(1)
        return served[-1]

    hooks = rsa_hooks(fetch=fetch, monotonic=lambda: clock[0], refetch_interval=60)
    hooks.verify(BODY, {"x-sig": rsa_sign(RSA_A, BODY)})
    hooks.verify(BODY, {"x-sig": rsa_sign(RSA_A, BODY)})
    assert len(calls) == 1  # cached
    served.append(RSA_B_PEM)  # the vendor rotates its key
    clock[0] = 61.0
    hooks.verify(BODY, {"x-sig": rsa_sign(RSA_B, BODY)})
    assert len(calls) == 2  # one refetch picked the new key up
    assert reason(lambda: hooks.verify(BODY, {"x-sig": rsa_sign(RSA_A, BODY)})) == "bad-signature"
    assert len(calls) == 2  # a forged signature cannot make the client hammer the key endpoint


def test_escaped_newlines_in_a_fetched_pem_and_bad_keys() -> None:
    escaped = RSA_A_PEM.replace("\n", "\\n")
    rsa_hooks(fetch=lambda: escaped).verify(BODY, {"x-sig": rsa_sign(RSA_A, BODY)})
    assert reason(lambda: rsa_hooks(fetch=lambda: "garbage").verify(BODY, {"x-sig": rsa_sign(RSA_A, BODY)})) == (
        "bad-key"
    )
    with pytest.raises(WebhookConfigurationError, match="PEM"):
        rsa_hooks("not a key")
    with pytest.raises(WebhookConfigurationError, match="32 bytes"):
        ed_hooks(base64.b64encode(b"x" * 31).decode())
    with pytest.raises(WebhookConfigurationError, match="no webhook public key"):
        rsa_hooks().verify(BODY, {"x-sig": rsa_sign(RSA_A, BODY)})
    assert load_public_key(RSA_A_PEM, "pem") is not None


def test_a_key_of_the_other_algorithm_never_verifies() -> None:
    ed_pem = (
        ED_A.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    assert reason(lambda: rsa_hooks(ed_pem).verify(BODY, {"x-sig": rsa_sign(RSA_A, BODY)})) == "bad-signature"


# -- unsigned vendors, payloads, helpers ------------------------------------------------------------------------------
def test_unsigned_scheme_parses_and_checks_only_a_configured_token() -> None:
    scheme = WebhookScheme(algorithm="none", signature_header="", signed_content="{body}", key_format="pem")
    plain = SyncWebhooksBase(scheme, EVENTS)
    assert plain.unwrap(BODY, {}) == ("parsed", "r-1")
    assert reason(lambda: plain.verify(BODY, {})) == "unsigned-vendor"
    guarded = SyncWebhooksBase(scheme, EVENTS, token="s3cret-token", token_header="x-token")
    assert guarded.unwrap(BODY, {"X-Token": "s3cret-token"}) == ("parsed", "r-1")
    assert reason(lambda: guarded.unwrap(BODY, {"x-token": "s3cret-tokem"})) == "bad-signature"
    assert reason(lambda: guarded.unwrap(BODY, {})) == "missing-signature"


def test_payload_errors() -> None:
    hooks = rsa_hooks(RSA_A_PEM)
    with pytest.raises(WebhookPayloadError, match="not JSON"):
        hooks.parse(b"{nope")
    with pytest.raises(WebhookPayloadError, match="not an object"):
        hooks.parse(b"[1]")
    with pytest.raises(WebhookPayloadError, match="does not fit"):
        hooks.parse(b'{"data": {"type": "done"}}')  # the parser needs data.rec


def test_receive_maps_outcomes_to_statuses() -> None:
    hooks = rsa_hooks(RSA_A_PEM)
    ok = hooks.receive(BODY, {"x-sig": rsa_sign(RSA_A, BODY), "x-uuid": "d-1"})
    assert (ok.status, ok.event, ok.delivery_key) == (200, ("parsed", "r-1"), "x-uuid:d-1")
    assert hooks.receive(BODY, {}).status == 401
    assert hooks.receive(b"[]", {"x-sig": rsa_sign(RSA_A, b"[]")}).status == 400

    def down() -> str:
        raise httpx.ConnectError("key endpoint down")

    assert rsa_hooks(fetch=down).receive(BODY, {"x-sig": rsa_sign(RSA_A, BODY)}).status == 503


def test_delivery_key_and_recording_id() -> None:
    hooks = rsa_hooks(RSA_A_PEM)
    assert hooks.delivery_key(BODY, {"x-uuid": "u"}) == "x-uuid:u"
    assert hooks.delivery_key(BODY, {}) == "id:evt-9"
    assert hooks.delivery_key(b'{"a": 1}', {}).startswith("sha256:")
    assert hooks.recording_id(BODY) == "r-1"
    assert hooks.recording_id(b'{"data": {"type": "other"}}') is None


def test_header_values_reads_every_common_shape() -> None:
    assert header_values({"X-Sig": "a"}, "x-sig") == ["a"]
    assert header_values([(b"x-sig", b"a"), (b"X-SIG", b"b")], "x-sig") == ["a", "b"]
    assert header_values(httpx.Headers([("x-sig", "a"), ("x-sig", "b")]), "X-Sig") == ["a", "b"]


def test_header_values_reads_starlette_headers() -> None:
    # starlette is a test tool here, not a package dependency: the dependency-bounds venvs run tests/runtime without it
    datastructures = pytest.importorskip("starlette.datastructures", reason="starlette is not installed in this venv")
    headers = datastructures.Headers(raw=[(b"x-sig", b"a"), (b"x-sig", b"b")])
    assert header_values(headers, "x-sig") == ["a", "b"]


def test_repeated_signature_headers_are_each_tried() -> None:
    headers = [("x-sig", rsa_sign(RSA_B, BODY)), ("x-sig", rsa_sign(RSA_A, BODY))]
    rsa_hooks(RSA_A_PEM).verify(BODY, headers)


def test_async_fetch_cache_and_refetch() -> None:
    served = [RSA_B_PEM]
    calls: list[int] = []

    async def fetch() -> str:
        calls.append(1)
        return served[-1]

    async def main() -> None:
        hooks = AsyncWebhooksBase(RSA_SCHEME, EVENTS, fetch_key=fetch, monotonic=lambda: 1000.0)
        served.append(RSA_A_PEM)  # the cached key (B) is stale on first failure
        assert await hooks.unwrap(BODY, {"x-sig": rsa_sign(RSA_A, BODY)}) == ("parsed", "r-1")
        assert len(calls) == 1  # first fetch gets A directly
        receipt = await hooks.receive(BODY, {"x-sig": "!!"})
        assert receipt.status == 401

    anyio.run(main)

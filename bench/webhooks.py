"""Section 9: what ``client.webhooks.unwrap`` costs per event, next to a plain ``json.loads`` of the same body."""

from __future__ import annotations

import base64
import functools
import importlib
import json
import time
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from speccore.pointer import deref
from speccore.vendors import discover, load_vendor
from speccore.webhooks import Verification, parse_webhooks
from speccore.yamlfile import load_yaml

from .report import Row, Section
from .settings import Settings
from .timing import interleaved, median_us

__all__ = ["webhooks"]


def _signer(algorithm: str) -> tuple[str | None, Callable[[bytes], bytes]]:
    """A test key pair for the scheme: the public key to pin and a signing function."""
    if algorithm == "ed25519":
        ed = ed25519.Ed25519PrivateKey.generate()
        raw = ed.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode(), ed.sign
    if algorithm == "rsa-pkcs1v15-sha256":
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        return pem.decode(), lambda message: key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    return None, lambda message: b""


def _headers(scheme: Verification, body: bytes, sign: Callable[[bytes], bytes]) -> dict[str, str]:
    if scheme.algorithm == "none" or scheme.signature_header is None:
        return {}
    timestamp = str(int(time.time()))
    before, after = scheme.signed_content.replace("{timestamp}", timestamp).split("{body}")
    headers = {scheme.signature_header: base64.b64encode(sign(before.encode() + body + after.encode())).decode()}
    if scheme.timestamp_header:
        headers[scheme.timestamp_header] = timestamp
    return headers


def webhooks(settings: Settings) -> Section:
    rounds = 10 if not settings.quick else 1
    per_round = max(1, settings.parse_repeats // rounds)
    section = Section(
        9,
        "Webhook unwrap per event",
        method=f"""
Each vendor's first recording event, its spec example as compact JSON bytes, signed with a test key generated for the
run (RSA 2048 / Ed25519, as the vendor signs); in-process, no network. `unwrap` = signature check (pinned key) +
`json.loads` + the event model's `from_dict`; `parse` = the same without the signature; baseline `json.loads` of the
same bytes. Median of {rounds * per_round} calls each, interleaved, after 3 warm-up calls. The signature check is
the cost that matters (RSA verify ~tens of µs, Ed25519 ~50-100 µs); SuperViz signs nothing, so its unwrap only parses.
""",
    )
    for vendor in map(load_vendor, discover()):
        spec = load_yaml(vendor.spec_path)
        config = parse_webhooks(spec, str(vendor.spec_path))  # the parser the generator and the mock use
        if config is None:
            continue
        kind, pointer = next(iter(config.events.items()))
        body = json.dumps(deref(spec, {"$ref": "#" + pointer})[0]["example"], separators=(",", ":")).encode()
        scheme = config.verification
        public_key, sign = _signer(scheme.algorithm)
        headers = _headers(scheme, body, sign)
        module = importlib.import_module(f"{vendor.package}.webhooks")
        hooks = module.Webhooks(public_key) if public_key else module.Webhooks()
        hooks.unwrap(body, headers)  # fails here, not in the timings, if the signature does not verify
        funcs: dict[str, Callable[[], object]] = {
            "unwrap": functools.partial(hooks.unwrap, body, headers),
            "parse": functools.partial(hooks.parse, body),
            "json": functools.partial(json.loads, body),
        }
        samples = interleaved(funcs, warmup=3, rounds=rounds, per_round=per_round)
        us = {name: median_us(values) for name, values in samples.items()}
        label = f"{vendor.key} {kind} ({len(body)} B, {scheme.algorithm})"
        section.rows += [
            Row(
                "9", f"unwrap {label}: ours vs json.loads", us["unwrap"], us["json"], "µs", "json.loads alone", digits=1
            ),
            Row(
                "9",
                f"parse only {label}: ours vs json.loads",
                us["parse"],
                us["json"],
                "µs",
                "json.loads alone",
                digits=1,
            ),
        ]
    return section

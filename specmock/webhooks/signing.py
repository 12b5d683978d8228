"""Test signing keys (generated at start, or loaded from a PEM file) and the signature of one delivery."""

from __future__ import annotations

import base64
import threading
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from ..errors import MockConfigError
from .settings import Verification

__all__ = ["Signer", "corrupt", "signed_content"]

_RSA_BITS = 2048


def signed_content(template: str, body: bytes, timestamp: str) -> bytes:
    """The bytes that are signed: ``template`` (e.g. ``{timestamp}|{body}``) with the raw body bytes put in."""
    head, _, tail = template.partition("{body}")
    return head.replace("{timestamp}", timestamp).encode() + body + tail.replace("{timestamp}", timestamp).encode()


class Signer:
    """Signs delivery bodies the way the spec's ``x-webhooks.verification`` says; the key is made on first use."""

    def __init__(self, verification: Verification, private_key_pem: str | Path | None = None) -> None:
        self.verification = verification
        self._source = private_key_pem
        self._key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey | None = None
        self._lock = threading.Lock()

    @property
    def algorithm(self) -> str:
        return self.verification.algorithm

    def _private(self) -> rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey:
        with self._lock:
            if self._key is None:
                self._key = self._load() if self._source is not None else self._generate()
            return self._key

    def _generate(self) -> rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey:
        if self.algorithm == "ed25519":
            return ed25519.Ed25519PrivateKey.generate()
        return rsa.generate_private_key(public_exponent=65537, key_size=_RSA_BITS)

    def _load(self) -> rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey:
        source = self._source
        try:
            data = str(source).encode() if "-----BEGIN" in str(source) else Path(str(source)).read_bytes()
        except OSError as exc:
            raise MockConfigError(f"webhook private key: cannot read {source}: {exc.strerror}") from None
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise MockConfigError(f"webhook private key: not an unencrypted PEM private key ({exc})") from None
        wanted = ed25519.Ed25519PrivateKey if self.algorithm == "ed25519" else rsa.RSAPrivateKey
        if not isinstance(key, wanted):
            raise MockConfigError(f"webhook private key: {self.algorithm} needs a {wanted.__name__}")
        return key

    def public_key(self) -> str | None:
        """What a receiver verifies with: an SPKI PEM (RSA), base64 of the raw 32-byte key (Ed25519), or None."""
        if self.algorithm == "none":
            return None
        public = self._private().public_key()
        if self.verification.key_format == "ed25519-base64":
            raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            return base64.b64encode(raw).decode("ascii")
        pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        return pem.decode("ascii")

    def private_key_pem(self) -> str | None:
        """The private key as PKCS#8 PEM (to start another mock with the same key), or None."""
        if self.algorithm == "none":
            return None
        pem = self._private().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return pem.decode("ascii")

    def sign(self, body: bytes, timestamp: str) -> str | None:
        """The signature header value (base64) for ``body`` sent at ``timestamp``, or None (algorithm none)."""
        if self.algorithm == "none":
            return None
        content = signed_content(self.verification.signed_content, body, timestamp)
        key = self._private()
        if isinstance(key, ed25519.Ed25519PrivateKey):
            signature = key.sign(content)
        else:
            signature = key.sign(content, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(signature).decode("ascii")


def corrupt(signature: str | None) -> str:
    """A well-formed signature that does not verify (for the bad-signature fault)."""
    if not signature:
        return base64.b64encode(b"\x00" * 64).decode("ascii")
    raw = bytearray(base64.b64decode(signature))
    raw[len(raw) // 2] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")

# Copied from generator/runtime/_jwt.py by `make generate`. Do not edit.
"""Minting the short-lived JWT some APIs take as their credential (claims come from the spec's ``x-jwt``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import jwt

from ._constants import JWT_ALGORITHM, JWT_REFRESH_FRACTION, JWT_REFRESH_MAX_SECONDS

__all__ = ["JWTMinter"]


class JWTMinter:
    """Mints ``{key_claim: key, **claims, iat, exp}`` signed with ``secret``; re-mints shortly before expiry."""

    def __init__(
        self,
        *,
        key: str,
        secret: str,
        key_claim: str,
        claims: Mapping[str, Any],
        ttl_seconds: int,
        algorithm: str = JWT_ALGORITHM,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not key or not secret:
            raise ValueError("both an API key and a secret are needed to mint a token")
        self._key, self._secret = key, secret
        self._key_claim, self._claims = key_claim, dict(claims)
        self._ttl, self._algorithm, self._clock = ttl_seconds, algorithm, clock
        self._token: str | None = None
        self._expires = 0.0

    def mint(self, **extra_claims: Any) -> str:
        """A fresh token (``extra_claims`` override the spec's claims, e.g. ``roomId``)."""
        now = int(self._clock())
        payload = {self._key_claim: self._key, **self._claims, **extra_claims, "iat": now, "exp": now + self._ttl}
        return jwt.encode(payload, self._secret, algorithm=self._algorithm)

    def __call__(self) -> str:
        """The cached token, re-minted when less than ``JWT_REFRESH_FRACTION`` of its lifetime (at most
        ``JWT_REFRESH_MAX_SECONDS``) is left."""
        margin = min(JWT_REFRESH_MAX_SECONDS, self._ttl * JWT_REFRESH_FRACTION)
        if self._token is None or self._clock() >= self._expires - margin:
            self._token = self.mint()
            self._expires = self._clock() + self._ttl
        return self._token

    def __repr__(self) -> str:
        return f"JWTMinter(key_claim={self._key_claim!r}, ttl_seconds={self._ttl})"

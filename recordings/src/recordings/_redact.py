"""Masking presigned-URL credentials and client secrets in what the common API prints."""

from __future__ import annotations

import re

__all__ = ["REDACTED", "mask_text", "mask_url"]

REDACTED = "[REDACTED]"
# Query parameters that carry a presigned URL's credential (S3/GCS/Azure/CloudFront style).
_SECRET_PARAMS = (
    "X-Amz-Signature",
    "X-Amz-Credential",
    "X-Amz-Security-Token",
    "X-Goog-Signature",
    "X-Goog-Credential",
    "Signature",
    "AWSAccessKeyId",
    "sig",
    "token",
    "access_token",
    "Key-Pair-Id",
    "Policy",
)
_PARAM_RE = re.compile(r"(?i)([?&](?:" + "|".join(re.escape(p) for p in _SECRET_PARAMS) + r")=)[^&#\s\"']*")


def mask_url(url: str) -> str:
    """``url`` with presigned credentials masked (``...?X-Amz-Signature=[REDACTED]``)."""
    return _PARAM_RE.sub(lambda m: m.group(1) + REDACTED, url)


def mask_text(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` with known secret values and presigned credentials masked."""
    for secret in sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return mask_url(text)

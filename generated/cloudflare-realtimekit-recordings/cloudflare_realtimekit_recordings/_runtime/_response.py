# Copied from generator/runtime/_response.py by `make generate`. Do not edit.
"""What a call returns when the caller asks for the raw response as well as the parsed value."""

from __future__ import annotations

import dataclasses
from typing import Generic, TypeVar

import httpx

__all__ = ["APIResponse"]

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, slots=True)
class APIResponse(Generic[T]):
    """The parsed value plus the ``httpx.Response`` it came from (status, headers, raw bytes, timing)."""

    parsed: T
    http_response: httpx.Response
    request_id: str | None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

# Copied from generator/runtime/_types.py by `make generate`. Do not edit.
"""Small value types shared by the runtime: the request description, per-call options, the NOT_GIVEN sentinel."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, Final, Literal

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "Request", "RequestOptions", "TimeoutTypes"]


class NotGiven:
    """Marks an argument the caller did not pass (``None`` is a real value: it disables a timeout)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

TimeoutTypes = float | httpx.Timeout | None


@dataclasses.dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides of the client's defaults."""

    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    deadline: float | NotGiven | None = NOT_GIVEN  # seconds for the whole call, retries included; None: no bound
    validate_request: bool | None = None  # None: the client's validate_requests


@dataclasses.dataclass(frozen=True, slots=True)
class Request:
    """One API call as the generated endpoint module describes it, before auth and retries."""

    method: str
    path: str
    params: Sequence[tuple[str, str]] = ()
    json: Any = None
    has_body: bool = False
    headers: Mapping[str, str] | None = None
    idempotent: bool = True
    operation_id: str = ""
    auth: tuple[str, ...] = ()  # security schemes whose credentials this call sends
    server: str | None = None  # the operation's own server URL (OpenAPI operation-level `servers`)

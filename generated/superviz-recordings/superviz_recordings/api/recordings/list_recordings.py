# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""GET /recording (listRecordings)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    encode_form,
    invalid,
    wrap_bare_list,
)
from ...models.error_response import ErrorResponse
from ...models.recording_list import RecordingList
from ...types import UNSET, Unset

OPERATION_ID = "listRecordings"


def _build_request(
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    take: int | Unset = UNSET,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    params: list[tuple[str, str]] = []
    if not isinstance(room_id, Unset):
        if validate:
            if not (isinstance(room_id, str)):
                invalid(OPERATION_ID, "room_id", "type", "must be a string", room_id)
        params.extend(encode_form("roomId", room_id, explode=True))
    if not isinstance(meeting_id, Unset):
        if validate:
            if not (isinstance(meeting_id, str)):
                invalid(OPERATION_ID, "meeting_id", "type", "must be a string", meeting_id)
        params.extend(encode_form("meetingId", meeting_id, explode=True))
    if not isinstance(page, Unset):
        if validate:
            if not (isinstance(page, int) and not isinstance(page, bool)):
                invalid(OPERATION_ID, "page", "type", "must be an integer", page)
            if page < 1:
                invalid(OPERATION_ID, "page", "minimum", "must be >= 1", page)
        params.extend(encode_form("page", page, explode=True))
    if not isinstance(take, Unset):
        if validate:
            if not (isinstance(take, int) and not isinstance(take, bool)):
                invalid(OPERATION_ID, "take", "type", "must be an integer", take)
            if take < 1:
                invalid(OPERATION_ID, "take", "minimum", "must be >= 1", take)
        params.extend(encode_form("take", take, explode=True))
    return Request(
        method="GET",
        path="/recording",
        params=params,
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=(
            "clientId",
            "secret",
        ),
    )


def _parse(response: httpx.Response) -> RecordingList:
    return RecordingList.from_dict(wrap_bare_list(response.json(), ("data",)))


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    take: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RecordingList]:
    """List recordings

    Lists the recordings of the account (order undocumented). Filter by `roomId` (every recording
    made in that room) or `meetingId` (the recordings of one meeting; a meeting can hold several
    recordings).
    A recording's `url` is a temporary presigned link: fetch it again from this endpoint instead of
    storing it.
    The file becomes available about 5 minutes after the recording ends (`status` turns `available`).

    Paging is unverified: no SuperViz source documents `page`/`take` on this endpoint, and the docs' own
    example answers a bare array. The client returns a `RecordingList` either way (a bare array becomes
    its
    `data`, `pagination` unset), and `iter_list` stops on an empty page, on a page that repeats the
    previous
    one (a server that ignores `page`) or when `pagination` says so; a page shorter than `take` does not
    end
    it (a server may ignore `take`).

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
        page (int | Unset):  Example: 1.
        take (int | Unset):  Example: 10.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        room_id=room_id,
        meeting_id=meeting_id,
        page=page,
        take=take,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    take: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RecordingList:
    """List recordings

    Lists the recordings of the account (order undocumented). Filter by `roomId` (every recording
    made in that room) or `meetingId` (the recordings of one meeting; a meeting can hold several
    recordings).
    A recording's `url` is a temporary presigned link: fetch it again from this endpoint instead of
    storing it.
    The file becomes available about 5 minutes after the recording ends (`status` turns `available`).

    Paging is unverified: no SuperViz source documents `page`/`take` on this endpoint, and the docs' own
    example answers a bare array. The client returns a `RecordingList` either way (a bare array becomes
    its
    `data`, `pagination` unset), and `iter_list` stops on an empty page, on a page that repeats the
    previous
    one (a server that ignores `page`) or when `pagination` says so; a page shorter than `take` does not
    end
    it (a server may ignore `take`).

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
        page (int | Unset):  Example: 1.
        take (int | Unset):  Example: 10.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RecordingList
    """

    return sync_detailed(
        client,
        room_id=room_id,
        meeting_id=meeting_id,
        page=page,
        take=take,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    take: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RecordingList]:
    """List recordings

    Lists the recordings of the account (order undocumented). Filter by `roomId` (every recording
    made in that room) or `meetingId` (the recordings of one meeting; a meeting can hold several
    recordings).
    A recording's `url` is a temporary presigned link: fetch it again from this endpoint instead of
    storing it.
    The file becomes available about 5 minutes after the recording ends (`status` turns `available`).

    Paging is unverified: no SuperViz source documents `page`/`take` on this endpoint, and the docs' own
    example answers a bare array. The client returns a `RecordingList` either way (a bare array becomes
    its
    `data`, `pagination` unset), and `iter_list` stops on an empty page, on a page that repeats the
    previous
    one (a server that ignores `page`) or when `pagination` says so; a page shorter than `take` does not
    end
    it (a server may ignore `take`).

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
        page (int | Unset):  Example: 1.
        take (int | Unset):  Example: 10.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        room_id=room_id,
        meeting_id=meeting_id,
        page=page,
        take=take,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    take: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RecordingList:
    """List recordings

    Lists the recordings of the account (order undocumented). Filter by `roomId` (every recording
    made in that room) or `meetingId` (the recordings of one meeting; a meeting can hold several
    recordings).
    A recording's `url` is a temporary presigned link: fetch it again from this endpoint instead of
    storing it.
    The file becomes available about 5 minutes after the recording ends (`status` turns `available`).

    Paging is unverified: no SuperViz source documents `page`/`take` on this endpoint, and the docs' own
    example answers a bare array. The client returns a `RecordingList` either way (a bare array becomes
    its
    `data`, `pagination` unset), and `iter_list` stops on an empty page, on a page that repeats the
    previous
    one (a server that ignores `page`) or when `pagination` says so; a page shorter than `take` does not
    end
    it (a server may ignore `take`).

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
        page (int | Unset):  Example: 1.
        take (int | Unset):  Example: 10.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RecordingList
    """

    return (
        await asyncio_detailed(
            client,
            room_id=room_id,
            meeting_id=meeting_id,
            page=page,
            take=take,
            options=options,
        )
    ).parsed

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
) -> Request:
    params: list[tuple[str, str]] = []
    if not isinstance(room_id, Unset):
        params.extend(encode_form("roomId", room_id, explode=True))
    if not isinstance(meeting_id, Unset):
        params.extend(encode_form("meetingId", meeting_id, explode=True))
    if not isinstance(page, Unset):
        params.extend(encode_form("page", page, explode=True))
    if not isinstance(take, Unset):
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
    response_200 = RecordingList.from_dict(response.json())

    return response_200


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

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
        page (int | Unset):  Example: 1.
        take (int | Unset):  Example: 10.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[RecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        room_id=room_id,
        meeting_id=meeting_id,
        page=page,
        take=take,
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

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
        page (int | Unset):  Example: 1.
        take (int | Unset):  Example: 10.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

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

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
        page (int | Unset):  Example: 1.
        take (int | Unset):  Example: 10.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[RecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        room_id=room_id,
        meeting_id=meeting_id,
        page=page,
        take=take,
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

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
        page (int | Unset):  Example: 1.
        take (int | Unset):  Example: 10.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

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

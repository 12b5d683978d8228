# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""GET /recording/with-transcripts (listRecordingsWithTranscripts)."""

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

OPERATION_ID = "listRecordingsWithTranscripts"


def _build_request(
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
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
    return Request(
        method="GET",
        path="/recording/with-transcripts",
        params=params,
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=(
            "clientId",
            "passphrase",
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
    options: RequestOptions | None = None,
) -> APIResponse[RecordingList]:
    """List recordings with transcripts

    Lists the recordings whose transcript is already available (generate one with `POST
    /recordings/transcripts`; it can take up to 20 minutes). Same `roomId` / `meetingId` filters as
    `GET /recording`. Needs the `passphrase` header in addition to `client_id` and `secret`.

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
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
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RecordingList:
    """List recordings with transcripts

    Lists the recordings whose transcript is already available (generate one with `POST
    /recordings/transcripts`; it can take up to 20 minutes). Same `roomId` / `meetingId` filters as
    `GET /recording`. Needs the `passphrase` header in addition to `client_id` and `secret`.

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
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
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RecordingList]:
    """List recordings with transcripts

    Lists the recordings whose transcript is already available (generate one with `POST
    /recordings/transcripts`; it can take up to 20 minutes). Same `roomId` / `meetingId` filters as
    `GET /recording`. Needs the `passphrase` header in addition to `client_id` and `secret`.

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
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
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    room_id: str | Unset = UNSET,
    meeting_id: str | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RecordingList:
    """List recordings with transcripts

    Lists the recordings whose transcript is already available (generate one with `POST
    /recordings/transcripts`; it can take up to 20 minutes). Same `roomId` / `meetingId` filters as
    `GET /recording`. Needs the `passphrase` header in addition to `client_id` and `secret`.

    Args:
        room_id (str | Unset):  Example: DEMO_ROOM.
        meeting_id (str | Unset):  Example: cfcccfb3-8b43-4070-a43b-15f77a7d2713.
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
            options=options,
        )
    ).parsed

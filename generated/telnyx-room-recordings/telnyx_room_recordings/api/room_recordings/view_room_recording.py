# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""GET /room_recordings/{room_recording_id} (ViewRoomRecording)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    invalid,
    path_param,
    valid_uuid,
)
from ...models.error_response import ErrorResponse
from ...models.room_recording_response import RoomRecordingResponse

OPERATION_ID = "ViewRoomRecording"


def _build_request(
    room_recording_id: str,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    segment_room_recording_id = path_param(OPERATION_ID, "room_recording_id", room_recording_id)
    if validate:
        if isinstance(room_recording_id, str) and not valid_uuid(room_recording_id):
            invalid(
                OPERATION_ID,
                "room_recording_id",
                "format",
                "must be a UUID like 123e4567-e89b-12d3-a456-426614174000",
                room_recording_id,
            )
    return Request(
        method="GET",
        path=f"/room_recordings/{segment_room_recording_id}",
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("bearerAuth",),
    )


def _parse(response: httpx.Response) -> RoomRecordingResponse:
    response_200 = RoomRecordingResponse.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    if status == 404:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    room_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[RoomRecordingResponse]:
    """View a room recording

    Returns one room recording. While Telnyx is still processing the file `status` is `processing`; once
    it
    is `completed`, `download_url` points at the file (`size_mb` megabytes, `codec`, `duration_secs`).

    Args:
        room_recording_id (str):  Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RoomRecordingResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        room_recording_id,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    room_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> RoomRecordingResponse:
    """View a room recording

    Returns one room recording. While Telnyx is still processing the file `status` is `processing`; once
    it
    is `completed`, `download_url` points at the file (`size_mb` megabytes, `codec`, `duration_secs`).

    Args:
        room_recording_id (str):  Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RoomRecordingResponse
    """

    return sync_detailed(
        client,
        room_recording_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    room_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[RoomRecordingResponse]:
    """View a room recording

    Returns one room recording. While Telnyx is still processing the file `status` is `processing`; once
    it
    is `completed`, `download_url` points at the file (`size_mb` megabytes, `codec`, `duration_secs`).

    Args:
        room_recording_id (str):  Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RoomRecordingResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        room_recording_id,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    room_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> RoomRecordingResponse:
    """View a room recording

    Returns one room recording. While Telnyx is still processing the file `status` is `processing`; once
    it
    is `completed`, `download_url` points at the file (`size_mb` megabytes, `codec`, `duration_secs`).

    Args:
        room_recording_id (str):  Example: 0ccc7b54-4df3-4bca-a65a-3da1ecc777f0.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RoomRecordingResponse
    """

    return (
        await asyncio_detailed(
            client,
            room_recording_id,
            options=options,
        )
    ).parsed

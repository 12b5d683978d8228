# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""GET /v2/recordings/participant/track/{trackRecordingId} (getTrackRecording)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    path_param,
)
from ...models.error_response import ErrorResponse
from ...models.individual_recording import IndividualRecording

OPERATION_ID = "getTrackRecording"


def _build_request(
    track_recording_id: str,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    segment_track_recording_id = path_param(OPERATION_ID, "track_recording_id", track_recording_id)
    return Request(
        method="GET",
        path=f"/v2/recordings/participant/track/{segment_track_recording_id}",
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> IndividualRecording:
    response_200 = IndividualRecording.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    if status == 403:
        return ErrorResponse.from_dict(body)
    if status == 404:
        return ErrorResponse.from_dict(body)
    if status == 429:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    track_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[IndividualRecording]:
    """Fetch a track recording

    Fetches one track recording.

    Args:
        track_recording_id (str):  Example: 6847c34e2abe9a2807e42688.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[IndividualRecording]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        track_recording_id,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    track_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> IndividualRecording:
    """Fetch a track recording

    Fetches one track recording.

    Args:
        track_recording_id (str):  Example: 6847c34e2abe9a2807e42688.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    IndividualRecording
    """

    return sync_detailed(
        client,
        track_recording_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    track_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[IndividualRecording]:
    """Fetch a track recording

    Fetches one track recording.

    Args:
        track_recording_id (str):  Example: 6847c34e2abe9a2807e42688.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[IndividualRecording]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        track_recording_id,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    track_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> IndividualRecording:
    """Fetch a track recording

    Fetches one track recording.

    Args:
        track_recording_id (str):  Example: 6847c34e2abe9a2807e42688.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    IndividualRecording
    """

    return (
        await asyncio_detailed(
            client,
            track_recording_id,
            options=options,
        )
    ).parsed

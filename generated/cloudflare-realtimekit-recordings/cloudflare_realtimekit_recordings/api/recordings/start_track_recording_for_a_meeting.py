# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track (startTrackRecordingForAMeeting)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    path_segment,
)
from ...models.error_response import ErrorResponse
from ...models.start_track_recording_request import StartTrackRecordingRequest
from ...models.track_recording_response import TrackRecordingResponse
from ...types import Unset

OPERATION_ID = "startTrackRecordingForAMeeting"


def _build_request(
    account_id: str,
    app_id: str,
    *,
    body: StartTrackRecordingRequest,
) -> Request:
    json_body = body.to_dict()
    return Request(
        method="POST",
        path=f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/recordings/track",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
        operation_id=OPERATION_ID,
        auth=("api_token",),
    )


def _parse(response: httpx.Response) -> TrackRecordingResponse:
    response_200 = TrackRecordingResponse.from_dict(response.json())

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
    return None


def sync_detailed(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    body: StartTrackRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[TrackRecordingResponse]:
    """Start recording participant audio tracks

    Starts track recording for an active meeting: each participant's audio is recorded as a separate
    WebM file
    in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to set a file
    name
    prefix; selective track recording (`user_ids`) is in early beta (contact support to use it). See
    https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/ .
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartTrackRecordingRequest): Which meeting to track-record and, optionally, whose
            audio and with what file name prefix. Example: {'meeting_id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix':
            'speaker', 'media_kind': 'audio'}}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[TrackRecordingResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        body=body,
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    body: StartTrackRecordingRequest,
    options: RequestOptions | None = None,
) -> TrackRecordingResponse:
    """Start recording participant audio tracks

    Starts track recording for an active meeting: each participant's audio is recorded as a separate
    WebM file
    in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to set a file
    name
    prefix; selective track recording (`user_ids`) is in early beta (contact support to use it). See
    https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/ .
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartTrackRecordingRequest): Which meeting to track-record and, optionally, whose
            audio and with what file name prefix. Example: {'meeting_id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix':
            'speaker', 'media_kind': 'audio'}}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    TrackRecordingResponse
    """

    return sync_detailed(
        client,
        account_id,
        app_id,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    *,
    body: StartTrackRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[TrackRecordingResponse]:
    """Start recording participant audio tracks

    Starts track recording for an active meeting: each participant's audio is recorded as a separate
    WebM file
    in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to set a file
    name
    prefix; selective track recording (`user_ids`) is in early beta (contact support to use it). See
    https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/ .
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartTrackRecordingRequest): Which meeting to track-record and, optionally, whose
            audio and with what file name prefix. Example: {'meeting_id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix':
            'speaker', 'media_kind': 'audio'}}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[TrackRecordingResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        body=body,
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    *,
    body: StartTrackRecordingRequest,
    options: RequestOptions | None = None,
) -> TrackRecordingResponse:
    """Start recording participant audio tracks

    Starts track recording for an active meeting: each participant's audio is recorded as a separate
    WebM file
    in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to set a file
    name
    prefix; selective track recording (`user_ids`) is in early beta (contact support to use it). See
    https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/ .
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartTrackRecordingRequest): Which meeting to track-record and, optionally, whose
            audio and with what file name prefix. Example: {'meeting_id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix':
            'speaker', 'media_kind': 'audio'}}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    TrackRecordingResponse
    """

    return (
        await asyncio_detailed(
            client,
            account_id,
            app_id,
            body=body,
            options=options,
        )
    ).parsed

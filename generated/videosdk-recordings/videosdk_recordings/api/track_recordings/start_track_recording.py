# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/participant/track/start (startTrackRecording)."""

from typing import Any, cast

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
)
from ...models.error_response import ErrorResponse
from ...models.start_track_recording_request import StartTrackRecordingRequest
from ...types import Unset

OPERATION_ID = "startTrackRecording"


def _build_request(
    *,
    body: StartTrackRecordingRequest,
) -> Request:
    json_body = body.to_dict()
    return Request(
        method="POST",
        path="/v2/recordings/participant/track/start",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
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
    *,
    body: StartTrackRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Start recording one track of a participant

    Starts recording a single track (`kind`) of one participant. Files are stored under
    `${sessionId}/${participantId}/${kind}/${filename}`; a new file begins each time the track is
    unmuted or
    restarted.

    Args:
        body (StartTrackRecordingRequest): Body of startTrackRecording. Example: {'roomId': 'abcd-
            efgh-ijkl', 'participantId': 'abcd', 'kind': 'audio', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[str]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: StartTrackRecordingRequest,
    options: RequestOptions | None = None,
) -> str:
    """Start recording one track of a participant

    Starts recording a single track (`kind`) of one participant. Files are stored under
    `${sessionId}/${participantId}/${kind}/${filename}`; a new file begins each time the track is
    unmuted or
    restarted.

    Args:
        body (StartTrackRecordingRequest): Body of startTrackRecording. Example: {'roomId': 'abcd-
            efgh-ijkl', 'participantId': 'abcd', 'kind': 'audio', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    str
    """

    return sync_detailed(
        client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    body: StartTrackRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Start recording one track of a participant

    Starts recording a single track (`kind`) of one participant. Files are stored under
    `${sessionId}/${participantId}/${kind}/${filename}`; a new file begins each time the track is
    unmuted or
    restarted.

    Args:
        body (StartTrackRecordingRequest): Body of startTrackRecording. Example: {'roomId': 'abcd-
            efgh-ijkl', 'participantId': 'abcd', 'kind': 'audio', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[str]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: StartTrackRecordingRequest,
    options: RequestOptions | None = None,
) -> str:
    """Start recording one track of a participant

    Starts recording a single track (`kind`) of one participant. Files are stored under
    `${sessionId}/${participantId}/${kind}/${filename}`; a new file begins each time the track is
    unmuted or
    restarted.

    Args:
        body (StartTrackRecordingRequest): Body of startTrackRecording. Example: {'roomId': 'abcd-
            efgh-ijkl', 'participantId': 'abcd', 'kind': 'audio', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    str
    """

    return (
        await asyncio_detailed(
            client,
            body=body,
            options=options,
        )
    ).parsed

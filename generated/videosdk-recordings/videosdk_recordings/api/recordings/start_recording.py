# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/start (startRecording)."""

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
from ...models.start_recording_request import StartRecordingRequest
from ...types import Unset

OPERATION_ID = "startRecording"


def _build_request(
    *,
    body: StartRecordingRequest,
) -> Request:
    json_body = body.to_dict()
    return Request(
        method="POST",
        path="/v2/recordings/start",
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
    if status == 422:
        return ErrorResponse.from_dict(body)
    if status == 429:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    *,
    body: StartRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Start recording a room

    Starts a composed recording of the room `roomId`. The room must have a live session. Layout, theme,
    quality and orientation are set in `config`; `templateUrl` replaces the built-in layouts with a
    custom
    page. The finished file lands in VideoSDK's storage, in the account's configured bucket
    (`awsDirPath`) or
    at a presigned upload URL (`preSignedUrl`). Progress is reported through webhooks
    (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`,
    `recording-failed`), not through a status field.

    Args:
        body (StartRecordingRequest): Body of startRecording. Example: {'roomId': 'abcd-efgh-
            ijkl', 'templateUrl':
            'https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID',
            'config': {'layout': {'type': 'GRID', 'priority': 'SPEAKER', 'gridSize': 4}, 'theme':
            'DARK', 'mode': 'video-and-audio', 'quality': 'high', 'orientation': 'landscape'},
            'transcription': {'enabled': True, 'summary': {'enabled': True, 'prompt': 'Your customized
            summary prompt'}}, 'webhookUrl': 'https://www.example.com/', 'awsDirPath': 's3path'}.
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
    body: StartRecordingRequest,
    options: RequestOptions | None = None,
) -> str:
    """Start recording a room

    Starts a composed recording of the room `roomId`. The room must have a live session. Layout, theme,
    quality and orientation are set in `config`; `templateUrl` replaces the built-in layouts with a
    custom
    page. The finished file lands in VideoSDK's storage, in the account's configured bucket
    (`awsDirPath`) or
    at a presigned upload URL (`preSignedUrl`). Progress is reported through webhooks
    (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`,
    `recording-failed`), not through a status field.

    Args:
        body (StartRecordingRequest): Body of startRecording. Example: {'roomId': 'abcd-efgh-
            ijkl', 'templateUrl':
            'https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID',
            'config': {'layout': {'type': 'GRID', 'priority': 'SPEAKER', 'gridSize': 4}, 'theme':
            'DARK', 'mode': 'video-and-audio', 'quality': 'high', 'orientation': 'landscape'},
            'transcription': {'enabled': True, 'summary': {'enabled': True, 'prompt': 'Your customized
            summary prompt'}}, 'webhookUrl': 'https://www.example.com/', 'awsDirPath': 's3path'}.
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
    body: StartRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Start recording a room

    Starts a composed recording of the room `roomId`. The room must have a live session. Layout, theme,
    quality and orientation are set in `config`; `templateUrl` replaces the built-in layouts with a
    custom
    page. The finished file lands in VideoSDK's storage, in the account's configured bucket
    (`awsDirPath`) or
    at a presigned upload URL (`preSignedUrl`). Progress is reported through webhooks
    (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`,
    `recording-failed`), not through a status field.

    Args:
        body (StartRecordingRequest): Body of startRecording. Example: {'roomId': 'abcd-efgh-
            ijkl', 'templateUrl':
            'https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID',
            'config': {'layout': {'type': 'GRID', 'priority': 'SPEAKER', 'gridSize': 4}, 'theme':
            'DARK', 'mode': 'video-and-audio', 'quality': 'high', 'orientation': 'landscape'},
            'transcription': {'enabled': True, 'summary': {'enabled': True, 'prompt': 'Your customized
            summary prompt'}}, 'webhookUrl': 'https://www.example.com/', 'awsDirPath': 's3path'}.
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
    body: StartRecordingRequest,
    options: RequestOptions | None = None,
) -> str:
    """Start recording a room

    Starts a composed recording of the room `roomId`. The room must have a live session. Layout, theme,
    quality and orientation are set in `config`; `templateUrl` replaces the built-in layouts with a
    custom
    page. The finished file lands in VideoSDK's storage, in the account's configured bucket
    (`awsDirPath`) or
    at a presigned upload URL (`preSignedUrl`). Progress is reported through webhooks
    (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`,
    `recording-failed`), not through a status field.

    Args:
        body (StartRecordingRequest): Body of startRecording. Example: {'roomId': 'abcd-efgh-
            ijkl', 'templateUrl':
            'https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID',
            'config': {'layout': {'type': 'GRID', 'priority': 'SPEAKER', 'gridSize': 4}, 'theme':
            'DARK', 'mode': 'video-and-audio', 'quality': 'high', 'orientation': 'landscape'},
            'transcription': {'enabled': True, 'summary': {'enabled': True, 'prompt': 'Your customized
            summary prompt'}}, 'webhookUrl': 'https://www.example.com/', 'awsDirPath': 's3path'}.
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

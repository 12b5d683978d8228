# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/composite/start (startCompositeRecording)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
)
from ...models.composite_recording_started import CompositeRecordingStarted
from ...models.error_response import ErrorResponse
from ...models.start_composite_recording_request import StartCompositeRecordingRequest
from ...types import Unset

OPERATION_ID = "startCompositeRecording"


def _build_request(
    *,
    body: StartCompositeRecordingRequest,
) -> Request:
    json_body = body.to_dict()
    return Request(
        method="POST",
        path="/v2/recordings/composite/start",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> CompositeRecordingStarted:
    response_200 = CompositeRecordingStarted.from_dict(response.json())

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
    body: StartCompositeRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[CompositeRecordingStarted]:
    """Start a composite recording

    Starts a server-side composite of the chosen participants (and, per participant, the chosen track
    kinds),
    with up to three watermarks.

    Args:
        body (StartCompositeRecordingRequest): Body of startCompositeRecording. Example:
            {'roomId': 'abcd-efgh-ijkl', 'participants': [{'participantId': 'abcd', 'kind': ['audio',
            'video']}, {'participantId': 'abcd2'}], 'watermarks': [{'type': 'custom', 'imageUrl':
            'https://www.example.com/logo.png'}], 'webhookUrl': 'https://www.example.com/',
            'fileFormat': 'mp4'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[CompositeRecordingStarted]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: StartCompositeRecordingRequest,
    options: RequestOptions | None = None,
) -> CompositeRecordingStarted:
    """Start a composite recording

    Starts a server-side composite of the chosen participants (and, per participant, the chosen track
    kinds),
    with up to three watermarks.

    Args:
        body (StartCompositeRecordingRequest): Body of startCompositeRecording. Example:
            {'roomId': 'abcd-efgh-ijkl', 'participants': [{'participantId': 'abcd', 'kind': ['audio',
            'video']}, {'participantId': 'abcd2'}], 'watermarks': [{'type': 'custom', 'imageUrl':
            'https://www.example.com/logo.png'}], 'webhookUrl': 'https://www.example.com/',
            'fileFormat': 'mp4'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    CompositeRecordingStarted
    """

    return sync_detailed(
        client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    body: StartCompositeRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[CompositeRecordingStarted]:
    """Start a composite recording

    Starts a server-side composite of the chosen participants (and, per participant, the chosen track
    kinds),
    with up to three watermarks.

    Args:
        body (StartCompositeRecordingRequest): Body of startCompositeRecording. Example:
            {'roomId': 'abcd-efgh-ijkl', 'participants': [{'participantId': 'abcd', 'kind': ['audio',
            'video']}, {'participantId': 'abcd2'}], 'watermarks': [{'type': 'custom', 'imageUrl':
            'https://www.example.com/logo.png'}], 'webhookUrl': 'https://www.example.com/',
            'fileFormat': 'mp4'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[CompositeRecordingStarted]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: StartCompositeRecordingRequest,
    options: RequestOptions | None = None,
) -> CompositeRecordingStarted:
    """Start a composite recording

    Starts a server-side composite of the chosen participants (and, per participant, the chosen track
    kinds),
    with up to three watermarks.

    Args:
        body (StartCompositeRecordingRequest): Body of startCompositeRecording. Example:
            {'roomId': 'abcd-efgh-ijkl', 'participants': [{'participantId': 'abcd', 'kind': ['audio',
            'video']}, {'participantId': 'abcd2'}], 'watermarks': [{'type': 'custom', 'imageUrl':
            'https://www.example.com/logo.png'}], 'webhookUrl': 'https://www.example.com/',
            'fileFormat': 'mp4'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    CompositeRecordingStarted
    """

    return (
        await asyncio_detailed(
            client,
            body=body,
            options=options,
        )
    ).parsed

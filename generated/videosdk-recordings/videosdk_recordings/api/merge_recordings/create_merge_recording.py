# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/participant/merge (createMergeRecording)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
)
from ...models.create_merge_recording_request import CreateMergeRecordingRequest
from ...models.error_response import ErrorResponse
from ...models.merge_recording_job import MergeRecordingJob
from ...types import Unset

OPERATION_ID = "createMergeRecording"


def _build_request(
    *,
    body: CreateMergeRecordingRequest,
) -> Request:
    json_body = body.to_dict()
    return Request(
        method="POST",
        path="/v2/recordings/participant/merge",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> MergeRecordingJob:
    response_200 = MergeRecordingJob.from_dict(response.json())

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
    body: CreateMergeRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[MergeRecordingJob]:
    """Merge recordings into a 2-channel audio file

    Starts a job that merges participant (or track) recordings of one session into a 2-channel audio
    file:
    `channel1` recordings on the first channel, `channel2` on the second. The job starts as `running`;
    poll
    it with getMergeRecording or wait for the `merge-recording-completed` / `merge-recording-failed`
    webhook.

    Args:
        body (CreateMergeRecordingRequest): Body of createMergeRecording. Example: {'sessionId':
            '6847c231fbaa8b416bc87014', 'channel1': [{'participantId': 'abcd', 'recordingId':
            '6847c2d12abe9a2807e42684'}, {'participantId': 'abcd2'}], 'channel2': [{'participantId':
            'abcd3', 'recordingId': '6847c34e2abe9a2807e42688'}, {'participantId': 'abcd4'}],
            'webhookUrl': 'https://www.example.com/'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[MergeRecordingJob]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: CreateMergeRecordingRequest,
    options: RequestOptions | None = None,
) -> MergeRecordingJob:
    """Merge recordings into a 2-channel audio file

    Starts a job that merges participant (or track) recordings of one session into a 2-channel audio
    file:
    `channel1` recordings on the first channel, `channel2` on the second. The job starts as `running`;
    poll
    it with getMergeRecording or wait for the `merge-recording-completed` / `merge-recording-failed`
    webhook.

    Args:
        body (CreateMergeRecordingRequest): Body of createMergeRecording. Example: {'sessionId':
            '6847c231fbaa8b416bc87014', 'channel1': [{'participantId': 'abcd', 'recordingId':
            '6847c2d12abe9a2807e42684'}, {'participantId': 'abcd2'}], 'channel2': [{'participantId':
            'abcd3', 'recordingId': '6847c34e2abe9a2807e42688'}, {'participantId': 'abcd4'}],
            'webhookUrl': 'https://www.example.com/'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    MergeRecordingJob
    """

    return sync_detailed(
        client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    body: CreateMergeRecordingRequest,
    options: RequestOptions | None = None,
) -> APIResponse[MergeRecordingJob]:
    """Merge recordings into a 2-channel audio file

    Starts a job that merges participant (or track) recordings of one session into a 2-channel audio
    file:
    `channel1` recordings on the first channel, `channel2` on the second. The job starts as `running`;
    poll
    it with getMergeRecording or wait for the `merge-recording-completed` / `merge-recording-failed`
    webhook.

    Args:
        body (CreateMergeRecordingRequest): Body of createMergeRecording. Example: {'sessionId':
            '6847c231fbaa8b416bc87014', 'channel1': [{'participantId': 'abcd', 'recordingId':
            '6847c2d12abe9a2807e42684'}, {'participantId': 'abcd2'}], 'channel2': [{'participantId':
            'abcd3', 'recordingId': '6847c34e2abe9a2807e42688'}, {'participantId': 'abcd4'}],
            'webhookUrl': 'https://www.example.com/'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[MergeRecordingJob]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: CreateMergeRecordingRequest,
    options: RequestOptions | None = None,
) -> MergeRecordingJob:
    """Merge recordings into a 2-channel audio file

    Starts a job that merges participant (or track) recordings of one session into a 2-channel audio
    file:
    `channel1` recordings on the first channel, `channel2` on the second. The job starts as `running`;
    poll
    it with getMergeRecording or wait for the `merge-recording-completed` / `merge-recording-failed`
    webhook.

    Args:
        body (CreateMergeRecordingRequest): Body of createMergeRecording. Example: {'sessionId':
            '6847c231fbaa8b416bc87014', 'channel1': [{'participantId': 'abcd', 'recordingId':
            '6847c2d12abe9a2807e42684'}, {'participantId': 'abcd2'}], 'channel2': [{'participantId':
            'abcd3', 'recordingId': '6847c34e2abe9a2807e42688'}, {'participantId': 'abcd4'}],
            'webhookUrl': 'https://www.example.com/'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    MergeRecordingJob
    """

    return (
        await asyncio_detailed(
            client,
            body=body,
            options=options,
        )
    ).parsed

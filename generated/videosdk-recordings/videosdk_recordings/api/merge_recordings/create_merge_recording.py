# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/participant/merge (createMergeRecording)."""

from collections.abc import Mapping
from typing import Any

import httpx

from ..._runtime import (
    MISSING,
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    invalid,
    to_json,
    valid_uri,
)
from ...models.create_merge_recording_request import CreateMergeRecordingRequest
from ...models.error_response import ErrorResponse
from ...models.merge_recording_job import MergeRecordingJob
from ...types import Unset

OPERATION_ID = "createMergeRecording"


def _build_request(
    *,
    body: CreateMergeRecordingRequest | Mapping[str, Any],
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    json_body = to_json(OPERATION_ID, "body", body, CreateMergeRecordingRequest)
    if validate:
        _check_CreateMergeRecordingRequest(json_body, "body")
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
    body: CreateMergeRecordingRequest | Mapping[str, Any],
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
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[MergeRecordingJob]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: CreateMergeRecordingRequest | Mapping[str, Any],
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
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

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
    body: CreateMergeRecordingRequest | Mapping[str, Any],
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
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[MergeRecordingJob]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: CreateMergeRecordingRequest | Mapping[str, Any],
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
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

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


def _check_CreateMergeRecordingRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("sessionId", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".sessionId", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".sessionId", "type", "must be a string", v1)
    v2 = value.get("channel1", MISSING)
    if v2 is MISSING:
        invalid(OPERATION_ID, at + ".channel1", "required", "is required", v2)
    if not (isinstance(v2, list | tuple)):
        invalid(OPERATION_ID, at + ".channel1", "type", "must be a list", v2)
    if len(v2) < 1:
        invalid(OPERATION_ID, at + ".channel1", "minItems", "must have at least 1 items", v2)
    for v3, v4 in enumerate(v2):
        _check_MergeChannelInput(v4, at + ".channel1" + f"[{v3}]")
    v8 = value.get("channel2", MISSING)
    if v8 is MISSING:
        invalid(OPERATION_ID, at + ".channel2", "required", "is required", v8)
    if not (isinstance(v8, list | tuple)):
        invalid(OPERATION_ID, at + ".channel2", "type", "must be a list", v8)
    if len(v8) < 1:
        invalid(OPERATION_ID, at + ".channel2", "minItems", "must have at least 1 items", v8)
    for v9, v10 in enumerate(v8):
        _check_MergeChannelInput(v10, at + ".channel2" + f"[{v9}]")
    v11 = value.get("type", MISSING)
    if v11 is not MISSING:
        if not (isinstance(v11, str)):
            invalid(OPERATION_ID, at + ".type", "type", "must be a string", v11)
        if v11 not in ("participant", "track"):
            invalid(OPERATION_ID, at + ".type", "enum", "must be one of 'participant', 'track'", v11)
    v12 = value.get("webhookUrl", MISSING)
    if v12 is not MISSING:
        if not (isinstance(v12, str)):
            invalid(OPERATION_ID, at + ".webhookUrl", "type", "must be a string", v12)
        if not valid_uri(v12):
            invalid(
                OPERATION_ID,
                at + ".webhookUrl",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v12,
            )
    v13 = value.get("dirPath", MISSING)
    if v13 is not MISSING:
        if not (isinstance(v13, str)):
            invalid(OPERATION_ID, at + ".dirPath", "type", "must be a string", v13)


def _check_MergeChannelInput(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v5 = value.get("participantId", MISSING)
    if v5 is MISSING:
        invalid(OPERATION_ID, at + ".participantId", "required", "is required", v5)
    if not (isinstance(v5, str)):
        invalid(OPERATION_ID, at + ".participantId", "type", "must be a string", v5)
    v6 = value.get("recordingId", MISSING)
    if v6 is not MISSING:
        if not (isinstance(v6, str)):
            invalid(OPERATION_ID, at + ".recordingId", "type", "must be a string", v6)
    v7 = value.get("type", MISSING)
    if v7 is not MISSING:
        if not (isinstance(v7, str)):
            invalid(OPERATION_ID, at + ".type", "type", "must be a string", v7)
        if v7 not in ("participant", "track"):
            invalid(OPERATION_ID, at + ".type", "enum", "must be one of 'participant', 'track'", v7)

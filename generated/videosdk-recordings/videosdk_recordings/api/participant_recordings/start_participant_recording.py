# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/participant/start (startParticipantRecording)."""

from collections.abc import Mapping
from typing import Any, cast

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
from ...models.error_response import ErrorResponse
from ...models.start_participant_recording_request import StartParticipantRecordingRequest
from ...types import Unset

OPERATION_ID = "startParticipantRecording"


def _build_request(
    *,
    body: StartParticipantRecordingRequest | Mapping[str, Any],
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    json_body = to_json(OPERATION_ID, "body", body, StartParticipantRecordingRequest)
    if validate:
        _check_StartParticipantRecordingRequest(json_body, "body")
    return Request(
        method="POST",
        path="/v2/recordings/participant/start",
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
    body: StartParticipantRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Start recording one participant

    Starts recording one participant of the room. Files are stored under
    `${sessionId}/${participantId}/${filename}` (below `bucketDirPath` in the account's bucket when
    given).

    Args:
        body (StartParticipantRecordingRequest): Body of startParticipantRecording. Example:
            {'roomId': 'abcd-efgh-ijkl', 'participantId': 'abcd', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[str]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: StartParticipantRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> str:
    """Start recording one participant

    Starts recording one participant of the room. Files are stored under
    `${sessionId}/${participantId}/${filename}` (below `bucketDirPath` in the account's bucket when
    given).

    Args:
        body (StartParticipantRecordingRequest): Body of startParticipantRecording. Example:
            {'roomId': 'abcd-efgh-ijkl', 'participantId': 'abcd', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

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
    body: StartParticipantRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Start recording one participant

    Starts recording one participant of the room. Files are stored under
    `${sessionId}/${participantId}/${filename}` (below `bucketDirPath` in the account's bucket when
    given).

    Args:
        body (StartParticipantRecordingRequest): Body of startParticipantRecording. Example:
            {'roomId': 'abcd-efgh-ijkl', 'participantId': 'abcd', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[str]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: StartParticipantRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> str:
    """Start recording one participant

    Starts recording one participant of the room. Files are stored under
    `${sessionId}/${participantId}/${filename}` (below `bucketDirPath` in the account's bucket when
    given).

    Args:
        body (StartParticipantRecordingRequest): Body of startParticipantRecording. Example:
            {'roomId': 'abcd-efgh-ijkl', 'participantId': 'abcd', 'fileFormat': 'webm', 'webhookUrl':
            'https://www.example.com/', 'bucketDirPath': 's3path'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

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


def _check_StartParticipantRecordingRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("roomId", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".roomId", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".roomId", "type", "must be a string", v1)
    v2 = value.get("participantId", MISSING)
    if v2 is MISSING:
        invalid(OPERATION_ID, at + ".participantId", "required", "is required", v2)
    if not (isinstance(v2, str)):
        invalid(OPERATION_ID, at + ".participantId", "type", "must be a string", v2)
    v3 = value.get("fileFormat", MISSING)
    if v3 is not MISSING:
        if not (isinstance(v3, str)):
            invalid(OPERATION_ID, at + ".fileFormat", "type", "must be a string", v3)
        if v3 not in ("mp4", "webm", "m3u8"):
            invalid(OPERATION_ID, at + ".fileFormat", "enum", "must be one of 'mp4', 'webm', 'm3u8'", v3)
    v4 = value.get("webhookUrl", MISSING)
    if v4 is not MISSING:
        if not (isinstance(v4, str)):
            invalid(OPERATION_ID, at + ".webhookUrl", "type", "must be a string", v4)
        if not valid_uri(v4):
            invalid(
                OPERATION_ID,
                at + ".webhookUrl",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v4,
            )
    v5 = value.get("bucketDirPath", MISSING)
    if v5 is not MISSING:
        if not (isinstance(v5, str)):
            invalid(OPERATION_ID, at + ".bucketDirPath", "type", "must be a string", v5)
    v6 = value.get("metadata", MISSING)
    if v6 is not MISSING:
        _check_RecordingMetadata(v6, at + ".metadata")


def _check_RecordingMetadata(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)

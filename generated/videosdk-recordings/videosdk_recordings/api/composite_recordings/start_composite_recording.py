# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/composite/start (startCompositeRecording)."""

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
    matches,
    to_json,
    valid_uri,
)
from ...models.composite_recording_started import CompositeRecordingStarted
from ...models.error_response import ErrorResponse
from ...models.start_composite_recording_request import StartCompositeRecordingRequest
from ...types import Unset

OPERATION_ID = "startCompositeRecording"


def _build_request(
    *,
    body: StartCompositeRecordingRequest | Mapping[str, Any],
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    json_body = to_json(OPERATION_ID, "body", body, StartCompositeRecordingRequest)
    if validate:
        _check_StartCompositeRecordingRequest(json_body, "body")
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
    body: StartCompositeRecordingRequest | Mapping[str, Any],
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
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[CompositeRecordingStarted]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: StartCompositeRecordingRequest | Mapping[str, Any],
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
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

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
    body: StartCompositeRecordingRequest | Mapping[str, Any],
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
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[CompositeRecordingStarted]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: StartCompositeRecordingRequest | Mapping[str, Any],
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
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

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


def _check_StartCompositeRecordingRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("roomId", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".roomId", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".roomId", "type", "must be a string", v1)
    v2 = value.get("participants", MISSING)
    if v2 is not MISSING:
        if not (isinstance(v2, list | tuple)):
            invalid(OPERATION_ID, at + ".participants", "type", "must be a list", v2)
        for v3, v4 in enumerate(v2):
            _check_CompositeParticipant(v4, at + ".participants" + f"[{v3}]")
    v9 = value.get("watermarks", MISSING)
    if v9 is not MISSING:
        if not (isinstance(v9, list | tuple)):
            invalid(OPERATION_ID, at + ".watermarks", "type", "must be a list", v9)
        if len(v9) > 3:
            invalid(OPERATION_ID, at + ".watermarks", "maxItems", "must have at most 3 items", v9)
        for v10, v11 in enumerate(v9):
            _check_Watermark(v11, at + ".watermarks" + f"[{v10}]")
    v18 = value.get("webhookUrl", MISSING)
    if v18 is not MISSING:
        if not (isinstance(v18, str)):
            invalid(OPERATION_ID, at + ".webhookUrl", "type", "must be a string", v18)
        if not valid_uri(v18):
            invalid(
                OPERATION_ID,
                at + ".webhookUrl",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v18,
            )
    v19 = value.get("bucketDirPath", MISSING)
    if v19 is not MISSING:
        if not (isinstance(v19, str)):
            invalid(OPERATION_ID, at + ".bucketDirPath", "type", "must be a string", v19)
    v20 = value.get("preSignedURL", MISSING)
    if v20 is not MISSING:
        if not (isinstance(v20, str)):
            invalid(OPERATION_ID, at + ".preSignedURL", "type", "must be a string", v20, secret=True)
        if not valid_uri(v20):
            invalid(
                OPERATION_ID,
                at + ".preSignedURL",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v20,
                secret=True,
            )
    v21 = value.get("fileFormat", MISSING)
    if v21 is not MISSING:
        if not (isinstance(v21, str)):
            invalid(OPERATION_ID, at + ".fileFormat", "type", "must be a string", v21)


def _check_CompositeParticipant(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v5 = value.get("participantId", MISSING)
    if v5 is MISSING:
        invalid(OPERATION_ID, at + ".participantId", "required", "is required", v5)
    if not (isinstance(v5, str)):
        invalid(OPERATION_ID, at + ".participantId", "type", "must be a string", v5)
    v6 = value.get("kind", MISSING)
    if v6 is not MISSING:
        if matches(_branch_1, v6, at + ".kind") + matches(_branch_2, v6, at + ".kind") != 1:
            invalid(
                OPERATION_ID, at + ".kind", "oneOf", "must match exactly one of: TrackKind | array of TrackKind", v6
            )


def _branch_1(value: Any, at: str) -> None:
    if not (isinstance(value, str)):
        invalid(OPERATION_ID, at, "type", "must be a string", value)
    if value not in ("audio", "video", "screen_audio", "screen_video"):
        invalid(OPERATION_ID, at, "enum", "must be one of 'audio', 'video', 'screen_audio', 'screen_video'", value)


def _branch_2(value: Any, at: str) -> None:
    if not (isinstance(value, list | tuple)):
        invalid(OPERATION_ID, at, "type", "must be a list", value)
    for v7, v8 in enumerate(value):
        if not (isinstance(v8, str)):
            invalid(OPERATION_ID, at + f"[{v7}]", "type", "must be a string", v8)
        if v8 not in ("audio", "video", "screen_audio", "screen_video"):
            invalid(
                OPERATION_ID,
                at + f"[{v7}]",
                "enum",
                "must be one of 'audio', 'video', 'screen_audio', 'screen_video'",
                v8,
            )


def _check_Watermark(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v12 = value.get("type", MISSING)
    if v12 is MISSING:
        invalid(OPERATION_ID, at + ".type", "required", "is required", v12)
    if not (isinstance(v12, str)):
        invalid(OPERATION_ID, at + ".type", "type", "must be a string", v12)
    if v12 not in ("custom", "pubsub"):
        invalid(OPERATION_ID, at + ".type", "enum", "must be one of 'custom', 'pubsub'", v12)
    v13 = value.get("imageUrl", MISSING)
    if v13 is not MISSING:
        if not (isinstance(v13, str)):
            invalid(OPERATION_ID, at + ".imageUrl", "type", "must be a string", v13)
        if not valid_uri(v13):
            invalid(
                OPERATION_ID,
                at + ".imageUrl",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v13,
            )
    v14 = value.get("imageBase64", MISSING)
    if v14 is not MISSING:
        if not (isinstance(v14, str)):
            invalid(OPERATION_ID, at + ".imageBase64", "type", "must be a string", v14)
    v15 = value.get("text", MISSING)
    if v15 is not MISSING:
        if not (isinstance(v15, str)):
            invalid(OPERATION_ID, at + ".text", "type", "must be a string", v15)
    v16 = value.get("timezone", MISSING)
    if v16 is not MISSING:
        if not (isinstance(v16, str)):
            invalid(OPERATION_ID, at + ".timezone", "type", "must be a string", v16)
    v17 = value.get("topic", MISSING)
    if v17 is not MISSING:
        if not (isinstance(v17, str)):
            invalid(OPERATION_ID, at + ".topic", "type", "must be a string", v17)

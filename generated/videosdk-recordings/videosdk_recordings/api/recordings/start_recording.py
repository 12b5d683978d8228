# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/start (startRecording)."""

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
from ...models.start_recording_request import StartRecordingRequest
from ...types import Unset

OPERATION_ID = "startRecording"


def _build_request(
    *,
    body: StartRecordingRequest | Mapping[str, Any],
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    json_body = to_json(OPERATION_ID, "body", body, StartRecordingRequest)
    if validate:
        _check_StartRecordingRequest(json_body, "body")
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
    body: StartRecordingRequest | Mapping[str, Any],
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
    body: StartRecordingRequest | Mapping[str, Any],
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
    body: StartRecordingRequest | Mapping[str, Any],
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
    body: StartRecordingRequest | Mapping[str, Any],
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


def _check_StartRecordingRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("roomId", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".roomId", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".roomId", "type", "must be a string", v1)
    v2 = value.get("templateUrl", MISSING)
    if v2 is not MISSING:
        if not (isinstance(v2, str)):
            invalid(OPERATION_ID, at + ".templateUrl", "type", "must be a string", v2)
        if not valid_uri(v2):
            invalid(
                OPERATION_ID,
                at + ".templateUrl",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v2,
            )
    v3 = value.get("config", MISSING)
    if v3 is not MISSING:
        _check_RecordingConfig(v3, at + ".config")
    v12 = value.get("transcription", MISSING)
    if v12 is not MISSING:
        _check_TranscriptionConfig(v12, at + ".transcription")
    v17 = value.get("webhookUrl", MISSING)
    if v17 is not MISSING:
        if not (isinstance(v17, str)):
            invalid(OPERATION_ID, at + ".webhookUrl", "type", "must be a string", v17)
        if not valid_uri(v17):
            invalid(
                OPERATION_ID,
                at + ".webhookUrl",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v17,
            )
    v18 = value.get("awsDirPath", MISSING)
    if v18 is not MISSING:
        if not (isinstance(v18, str)):
            invalid(OPERATION_ID, at + ".awsDirPath", "type", "must be a string", v18)
    v19 = value.get("preSignedUrl", MISSING)
    if v19 is not MISSING:
        if not (isinstance(v19, str)):
            invalid(OPERATION_ID, at + ".preSignedUrl", "type", "must be a string", v19, secret=True)
        if not valid_uri(v19):
            invalid(
                OPERATION_ID,
                at + ".preSignedUrl",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v19,
                secret=True,
            )
    v20 = value.get("fileFormat", MISSING)
    if v20 is not MISSING:
        if not (isinstance(v20, str)):
            invalid(OPERATION_ID, at + ".fileFormat", "type", "must be a string", v20)
        if v20 not in ("mp4", "webm"):
            invalid(OPERATION_ID, at + ".fileFormat", "enum", "must be one of 'mp4', 'webm'", v20)
    v21 = value.get("onFailure", MISSING)
    if v21 is not MISSING:
        _check_OnFailureConfig(v21, at + ".onFailure")
    v24 = value.get("resourceId", MISSING)
    if v24 is not MISSING:
        if not (isinstance(v24, str)):
            invalid(OPERATION_ID, at + ".resourceId", "type", "must be a string", v24)


def _check_RecordingConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v4 = value.get("layout", MISSING)
    if v4 is not MISSING:
        _check_RecordingLayout(v4, at + ".layout")
    v8 = value.get("theme", MISSING)
    if v8 is not MISSING:
        if not (isinstance(v8, str)):
            invalid(OPERATION_ID, at + ".theme", "type", "must be a string", v8)
        if v8 not in ("DARK", "LIGHT", "DEFAULT"):
            invalid(OPERATION_ID, at + ".theme", "enum", "must be one of 'DARK', 'LIGHT', 'DEFAULT'", v8)
    v9 = value.get("mode", MISSING)
    if v9 is not MISSING:
        if not (isinstance(v9, str)):
            invalid(OPERATION_ID, at + ".mode", "type", "must be a string", v9)
        if v9 not in ("video-and-audio", "audio"):
            invalid(OPERATION_ID, at + ".mode", "enum", "must be one of 'video-and-audio', 'audio'", v9)
    v10 = value.get("quality", MISSING)
    if v10 is not MISSING:
        if not (isinstance(v10, str)):
            invalid(OPERATION_ID, at + ".quality", "type", "must be a string", v10)
        if v10 not in ("low", "med", "high", "ultra"):
            invalid(OPERATION_ID, at + ".quality", "enum", "must be one of 'low', 'med', 'high', 'ultra'", v10)
    v11 = value.get("orientation", MISSING)
    if v11 is not MISSING:
        if not (isinstance(v11, str)):
            invalid(OPERATION_ID, at + ".orientation", "type", "must be a string", v11)
        if v11 not in ("portrait", "landscape"):
            invalid(OPERATION_ID, at + ".orientation", "enum", "must be one of 'portrait', 'landscape'", v11)


def _check_RecordingLayout(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v5 = value.get("type", MISSING)
    if v5 is not MISSING:
        if not (isinstance(v5, str)):
            invalid(OPERATION_ID, at + ".type", "type", "must be a string", v5)
        if v5 not in ("GRID", "SPOTLIGHT", "SIDEBAR"):
            invalid(OPERATION_ID, at + ".type", "enum", "must be one of 'GRID', 'SPOTLIGHT', 'SIDEBAR'", v5)
    v6 = value.get("priority", MISSING)
    if v6 is not MISSING:
        if not (isinstance(v6, str)):
            invalid(OPERATION_ID, at + ".priority", "type", "must be a string", v6)
        if v6 not in ("SPEAKER", "PIN"):
            invalid(OPERATION_ID, at + ".priority", "enum", "must be one of 'SPEAKER', 'PIN'", v6)
    v7 = value.get("gridSize", MISSING)
    if v7 is not MISSING:
        if not (isinstance(v7, int) and not isinstance(v7, bool)):
            invalid(OPERATION_ID, at + ".gridSize", "type", "must be an integer", v7)
        if v7 < 0:
            invalid(OPERATION_ID, at + ".gridSize", "minimum", "must be >= 0", v7)
        if v7 > 25:
            invalid(OPERATION_ID, at + ".gridSize", "maximum", "must be <= 25", v7)


def _check_TranscriptionConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v13 = value.get("enabled", MISSING)
    if v13 is not MISSING:
        if not (isinstance(v13, bool)):
            invalid(OPERATION_ID, at + ".enabled", "type", "must be true or false", v13)
    v14 = value.get("summary", MISSING)
    if v14 is not MISSING:
        _check_SummaryConfig(v14, at + ".summary")


def _check_SummaryConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v15 = value.get("enabled", MISSING)
    if v15 is not MISSING:
        if not (isinstance(v15, bool)):
            invalid(OPERATION_ID, at + ".enabled", "type", "must be true or false", v15)
    v16 = value.get("prompt", MISSING)
    if v16 is not MISSING:
        if not (isinstance(v16, str)):
            invalid(OPERATION_ID, at + ".prompt", "type", "must be a string", v16)


def _check_OnFailureConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v22 = value.get("action", MISSING)
    if v22 is not MISSING:
        if not (isinstance(v22, str)):
            invalid(OPERATION_ID, at + ".action", "type", "must be a string", v22)
        if v22 not in ("close-room",):
            invalid(OPERATION_ID, at + ".action", "enum", "must be one of 'close-room'", v22)
    v23 = value.get("waitTime", MISSING)
    if v23 is not MISSING:
        if not (isinstance(v23, int) and not isinstance(v23, bool)):
            invalid(OPERATION_ID, at + ".waitTime", "type", "must be an integer", v23)
        if v23 > 150:
            invalid(OPERATION_ID, at + ".waitTime", "maximum", "must be <= 150", v23)

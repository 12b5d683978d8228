# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""POST /accounts/{account_id}/realtime/kit/{app_id}/recordings (start_recording)."""

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
    path_param,
    to_json,
    valid_uri,
    valid_uuid,
)
from ...models.error_response import ErrorResponse
from ...models.recording_response import RecordingResponse
from ...models.start_recording_request import StartRecordingRequest
from ...types import Unset

OPERATION_ID = "start_recording"


def _build_request(
    account_id: str,
    app_id: str,
    *,
    body: StartRecordingRequest | Mapping[str, Any],
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    segment_account_id = path_param(OPERATION_ID, "account_id", account_id)
    if validate:
        if len(account_id) > 32:
            invalid(OPERATION_ID, "account_id", "maxLength", "must be at most 32 characters long", account_id)
    segment_app_id = path_param(OPERATION_ID, "app_id", app_id)
    if validate:
        if len(app_id) > 36:
            invalid(OPERATION_ID, "app_id", "maxLength", "must be at most 36 characters long", app_id)
    json_body = to_json(OPERATION_ID, "body", body, StartRecordingRequest)
    if validate:
        _check_StartRecordingRequest(json_body, "body")
    return Request(
        method="POST",
        path=f"/accounts/{segment_account_id}/realtime/kit/{segment_app_id}/recordings",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
        operation_id=OPERATION_ID,
        auth=("api_token",),
    )


def _parse(response: httpx.Response) -> RecordingResponse:
    response_200 = RecordingResponse.from_dict(response.json())

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
    if status == 409:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    body: StartRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[RecordingResponse]:
    """Start recording a meeting

    Starts recording a meeting. The recording can be started by an App admin directly, or by a
    participant with
    permission to record, depending on the authorization used. Only `meeting_id` is required; audio,
    video,
    watermark, duration limit, file name prefix, livestream output, interactive (ID3) metadata and the
    destination (RealtimeKit's bucket and/or your own `storage_config`) are optional. By default a
    meeting
    allows one recording at a time (`allow_multiple_recordings`).
    Answers 200 (not 201) with the new recording, usually in status `INVOKED`. Beta.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartRecordingRequest): What to record, how, and where to put the files. Only
            `meeting_id` is required. Example: {'meeting_id': '97440c6a-140b-40a9-9499-b23fd7a3868a',
            'allow_multiple_recordings': False, 'audio_config': {'channel': 'stereo', 'codec': 'AAC',
            'export_file': True}, 'file_name_prefix': 'weekly-sync', 'max_seconds': 3600,
            'realtimekit_bucket_config': {'enabled': True}, 'video_config': {'codec': 'H264',
            'export_file': True, 'height': 720, 'width': 1280}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RecordingResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        body=body,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    body: StartRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> RecordingResponse:
    """Start recording a meeting

    Starts recording a meeting. The recording can be started by an App admin directly, or by a
    participant with
    permission to record, depending on the authorization used. Only `meeting_id` is required; audio,
    video,
    watermark, duration limit, file name prefix, livestream output, interactive (ID3) metadata and the
    destination (RealtimeKit's bucket and/or your own `storage_config`) are optional. By default a
    meeting
    allows one recording at a time (`allow_multiple_recordings`).
    Answers 200 (not 201) with the new recording, usually in status `INVOKED`. Beta.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartRecordingRequest): What to record, how, and where to put the files. Only
            `meeting_id` is required. Example: {'meeting_id': '97440c6a-140b-40a9-9499-b23fd7a3868a',
            'allow_multiple_recordings': False, 'audio_config': {'channel': 'stereo', 'codec': 'AAC',
            'export_file': True}, 'file_name_prefix': 'weekly-sync', 'max_seconds': 3600,
            'realtimekit_bucket_config': {'enabled': True}, 'video_config': {'codec': 'H264',
            'export_file': True, 'height': 720, 'width': 1280}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RecordingResponse
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
    body: StartRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[RecordingResponse]:
    """Start recording a meeting

    Starts recording a meeting. The recording can be started by an App admin directly, or by a
    participant with
    permission to record, depending on the authorization used. Only `meeting_id` is required; audio,
    video,
    watermark, duration limit, file name prefix, livestream output, interactive (ID3) metadata and the
    destination (RealtimeKit's bucket and/or your own `storage_config`) are optional. By default a
    meeting
    allows one recording at a time (`allow_multiple_recordings`).
    Answers 200 (not 201) with the new recording, usually in status `INVOKED`. Beta.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartRecordingRequest): What to record, how, and where to put the files. Only
            `meeting_id` is required. Example: {'meeting_id': '97440c6a-140b-40a9-9499-b23fd7a3868a',
            'allow_multiple_recordings': False, 'audio_config': {'channel': 'stereo', 'codec': 'AAC',
            'export_file': True}, 'file_name_prefix': 'weekly-sync', 'max_seconds': 3600,
            'realtimekit_bucket_config': {'enabled': True}, 'video_config': {'codec': 'H264',
            'export_file': True, 'height': 720, 'width': 1280}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RecordingResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        body=body,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    *,
    body: StartRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> RecordingResponse:
    """Start recording a meeting

    Starts recording a meeting. The recording can be started by an App admin directly, or by a
    participant with
    permission to record, depending on the authorization used. Only `meeting_id` is required; audio,
    video,
    watermark, duration limit, file name prefix, livestream output, interactive (ID3) metadata and the
    destination (RealtimeKit's bucket and/or your own `storage_config`) are optional. By default a
    meeting
    allows one recording at a time (`allow_multiple_recordings`).
    Answers 200 (not 201) with the new recording, usually in status `INVOKED`. Beta.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartRecordingRequest): What to record, how, and where to put the files. Only
            `meeting_id` is required. Example: {'meeting_id': '97440c6a-140b-40a9-9499-b23fd7a3868a',
            'allow_multiple_recordings': False, 'audio_config': {'channel': 'stereo', 'codec': 'AAC',
            'export_file': True}, 'file_name_prefix': 'weekly-sync', 'max_seconds': 3600,
            'realtimekit_bucket_config': {'enabled': True}, 'video_config': {'codec': 'H264',
            'export_file': True, 'height': 720, 'width': 1280}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RecordingResponse
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


def _check_StartRecordingRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("meeting_id", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".meeting_id", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".meeting_id", "type", "must be a string", v1)
    if not valid_uuid(v1):
        invalid(
            OPERATION_ID, at + ".meeting_id", "format", "must be a UUID like 123e4567-e89b-12d3-a456-426614174000", v1
        )
    v2 = value.get("allow_multiple_recordings", MISSING)
    if v2 is not MISSING:
        if not (isinstance(v2, bool)):
            invalid(OPERATION_ID, at + ".allow_multiple_recordings", "type", "must be true or false", v2)
    v3 = value.get("audio_config", MISSING)
    if v3 is not MISSING:
        _check_AudioConfig(v3, at + ".audio_config")
    v7 = value.get("file_name_prefix", MISSING)
    if v7 is not MISSING:
        if not (isinstance(v7, str)):
            invalid(OPERATION_ID, at + ".file_name_prefix", "type", "must be a string", v7)
    v8 = value.get("interactive_config", MISSING)
    if v8 is not MISSING:
        _check_InteractiveConfig(v8, at + ".interactive_config")
    v10 = value.get("max_seconds", MISSING)
    if v10 is not MISSING:
        if not (isinstance(v10, int) and not isinstance(v10, bool)):
            invalid(OPERATION_ID, at + ".max_seconds", "type", "must be an integer", v10)
        if v10 < 60:
            invalid(OPERATION_ID, at + ".max_seconds", "minimum", "must be >= 60", v10)
        if v10 > 86400:
            invalid(OPERATION_ID, at + ".max_seconds", "maximum", "must be <= 86400", v10)
    v11 = value.get("realtimekit_bucket_config", MISSING)
    if v11 is not MISSING:
        _check_BucketConfig(v11, at + ".realtimekit_bucket_config")
    v13 = value.get("rtmp_out_config", MISSING)
    if v13 is not MISSING:
        _check_LivestreamingConfig(v13, at + ".rtmp_out_config")
    v15 = value.get("storage_config", MISSING)
    if v15 is not MISSING:
        if v15 is not None:
            _check_StorageConfigInput(v15, at + ".storage_config")
    v28 = value.get("url", MISSING)
    if v28 is not MISSING:
        if not (isinstance(v28, str)):
            invalid(OPERATION_ID, at + ".url", "type", "must be a string", v28)
        if not valid_uri(v28):
            invalid(
                OPERATION_ID,
                at + ".url",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v28,
            )
    v29 = value.get("video_config", MISSING)
    if v29 is not MISSING:
        _check_VideoConfig(v29, at + ".video_config")


def _check_AudioConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v4 = value.get("channel", MISSING)
    if v4 is not MISSING:
        if not (isinstance(v4, str)):
            invalid(OPERATION_ID, at + ".channel", "type", "must be a string", v4)
        if v4 not in ("mono", "stereo"):
            invalid(OPERATION_ID, at + ".channel", "enum", "must be one of 'mono', 'stereo'", v4)
    v5 = value.get("codec", MISSING)
    if v5 is not MISSING:
        if not (isinstance(v5, str)):
            invalid(OPERATION_ID, at + ".codec", "type", "must be a string", v5)
        if v5 not in ("MP3", "AAC"):
            invalid(OPERATION_ID, at + ".codec", "enum", "must be one of 'MP3', 'AAC'", v5)
    v6 = value.get("export_file", MISSING)
    if v6 is not MISSING:
        if not (isinstance(v6, bool)):
            invalid(OPERATION_ID, at + ".export_file", "type", "must be true or false", v6)


def _check_InteractiveConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v9 = value.get("type", MISSING)
    if v9 is not MISSING:
        if not (isinstance(v9, str)):
            invalid(OPERATION_ID, at + ".type", "type", "must be a string", v9)
        if v9 not in ("ID3",):
            invalid(OPERATION_ID, at + ".type", "enum", "must be one of 'ID3'", v9)


def _check_BucketConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v12 = value.get("enabled", MISSING)
    if v12 is MISSING:
        invalid(OPERATION_ID, at + ".enabled", "required", "is required", v12)
    if not (isinstance(v12, bool)):
        invalid(OPERATION_ID, at + ".enabled", "type", "must be true or false", v12)


def _check_LivestreamingConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v14 = value.get("rtmp_url", MISSING)
    if v14 is not MISSING:
        if not (isinstance(v14, str)):
            invalid(OPERATION_ID, at + ".rtmp_url", "type", "must be a string", v14)
        if not valid_uri(v14):
            invalid(
                OPERATION_ID,
                at + ".rtmp_url",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v14,
            )


def _check_StorageConfigInput(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v16 = value.get("type", MISSING)
    if v16 is MISSING:
        invalid(OPERATION_ID, at + ".type", "required", "is required", v16)
    if not (isinstance(v16, str)):
        invalid(OPERATION_ID, at + ".type", "type", "must be a string", v16)
    if v16 not in ("aws", "azure", "digitalocean", "gcs", "sftp"):
        invalid(OPERATION_ID, at + ".type", "enum", "must be one of 'aws', 'azure', 'digitalocean', 'gcs', 'sftp'", v16)
    v17 = value.get("auth_method", MISSING)
    if v17 is not MISSING:
        if not (isinstance(v17, str)):
            invalid(OPERATION_ID, at + ".auth_method", "type", "must be a string", v17)
        if v17 not in ("KEY", "PASSWORD"):
            invalid(OPERATION_ID, at + ".auth_method", "enum", "must be one of 'KEY', 'PASSWORD'", v17)
    v18 = value.get("bucket", MISSING)
    if v18 is not MISSING:
        if not (isinstance(v18, str)):
            invalid(OPERATION_ID, at + ".bucket", "type", "must be a string", v18)
    v19 = value.get("path", MISSING)
    if v19 is not MISSING:
        if not (isinstance(v19, str)):
            invalid(OPERATION_ID, at + ".path", "type", "must be a string", v19)
    v20 = value.get("region", MISSING)
    if v20 is not MISSING:
        if not (isinstance(v20, str)):
            invalid(OPERATION_ID, at + ".region", "type", "must be a string", v20)
    v21 = value.get("host", MISSING)
    if v21 is not MISSING:
        if not (isinstance(v21, str)):
            invalid(OPERATION_ID, at + ".host", "type", "must be a string", v21)
    v22 = value.get("port", MISSING)
    if v22 is not MISSING:
        if not (isinstance(v22, int | float) and not isinstance(v22, bool)):
            invalid(OPERATION_ID, at + ".port", "type", "must be a number", v22)
    v23 = value.get("username", MISSING)
    if v23 is not MISSING:
        if not (isinstance(v23, str)):
            invalid(OPERATION_ID, at + ".username", "type", "must be a string", v23)
    v24 = value.get("access_key", MISSING)
    if v24 is not MISSING:
        if not (isinstance(v24, str)):
            invalid(OPERATION_ID, at + ".access_key", "type", "must be a string", v24, secret=True)
    v25 = value.get("secret", MISSING)
    if v25 is not MISSING:
        if not (isinstance(v25, str)):
            invalid(OPERATION_ID, at + ".secret", "type", "must be a string", v25, secret=True)
    v26 = value.get("password", MISSING)
    if v26 is not MISSING:
        if not (isinstance(v26, str)):
            invalid(OPERATION_ID, at + ".password", "type", "must be a string", v26, secret=True)
    v27 = value.get("private_key", MISSING)
    if v27 is not MISSING:
        if not (isinstance(v27, str)):
            invalid(OPERATION_ID, at + ".private_key", "type", "must be a string", v27, secret=True)


def _check_VideoConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v30 = value.get("codec", MISSING)
    if v30 is not MISSING:
        if not (isinstance(v30, str)):
            invalid(OPERATION_ID, at + ".codec", "type", "must be a string", v30)
        if v30 not in ("H264", "VP8"):
            invalid(OPERATION_ID, at + ".codec", "enum", "must be one of 'H264', 'VP8'", v30)
    v31 = value.get("export_file", MISSING)
    if v31 is not MISSING:
        if not (isinstance(v31, bool)):
            invalid(OPERATION_ID, at + ".export_file", "type", "must be true or false", v31)
    v32 = value.get("height", MISSING)
    if v32 is not MISSING:
        if not (isinstance(v32, int) and not isinstance(v32, bool)):
            invalid(OPERATION_ID, at + ".height", "type", "must be an integer", v32)
        if v32 < 1:
            invalid(OPERATION_ID, at + ".height", "minimum", "must be >= 1", v32)
        if v32 > 1920:
            invalid(OPERATION_ID, at + ".height", "maximum", "must be <= 1920", v32)
    v33 = value.get("width", MISSING)
    if v33 is not MISSING:
        if not (isinstance(v33, int) and not isinstance(v33, bool)):
            invalid(OPERATION_ID, at + ".width", "type", "must be an integer", v33)
        if v33 < 1:
            invalid(OPERATION_ID, at + ".width", "minimum", "must be >= 1", v33)
        if v33 > 1920:
            invalid(OPERATION_ID, at + ".width", "maximum", "must be <= 1920", v33)
    v34 = value.get("watermark", MISSING)
    if v34 is not MISSING:
        _check_Watermark(v34, at + ".watermark")


def _check_Watermark(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v35 = value.get("position", MISSING)
    if v35 is not MISSING:
        if not (isinstance(v35, str)):
            invalid(OPERATION_ID, at + ".position", "type", "must be a string", v35)
        if v35 not in ("left top", "right top", "left bottom", "right bottom"):
            invalid(
                OPERATION_ID,
                at + ".position",
                "enum",
                "must be one of 'left top', 'right top', 'left bottom', 'right bottom'",
                v35,
            )
    v36 = value.get("size", MISSING)
    if v36 is not MISSING:
        _check_WatermarkSize(v36, at + ".size")
    v39 = value.get("url", MISSING)
    if v39 is not MISSING:
        if not (isinstance(v39, str)):
            invalid(OPERATION_ID, at + ".url", "type", "must be a string", v39)
        if not valid_uri(v39):
            invalid(
                OPERATION_ID,
                at + ".url",
                "format",
                "must be an absolute URL with a scheme and a host, like https://example.com/path",
                v39,
            )


def _check_WatermarkSize(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v37 = value.get("height", MISSING)
    if v37 is not MISSING:
        if not (isinstance(v37, int) and not isinstance(v37, bool)):
            invalid(OPERATION_ID, at + ".height", "type", "must be an integer", v37)
        if v37 < 1:
            invalid(OPERATION_ID, at + ".height", "minimum", "must be >= 1", v37)
    v38 = value.get("width", MISSING)
    if v38 is not MISSING:
        if not (isinstance(v38, int) and not isinstance(v38, bool)):
            invalid(OPERATION_ID, at + ".width", "type", "must be an integer", v38)
        if v38 < 1:
            invalid(OPERATION_ID, at + ".width", "minimum", "must be >= 1", v38)

# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""POST /accounts/{account_id}/realtime/kit/{app_id}/recordings (start_recording)."""

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
from ...models.recording_response import RecordingResponse
from ...models.start_recording_request import StartRecordingRequest
from ...types import Unset

OPERATION_ID = "start_recording"


def _build_request(
    account_id: str,
    app_id: str,
    *,
    body: StartRecordingRequest,
) -> Request:
    json_body = body.to_dict()
    return Request(
        method="POST",
        path=f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/recordings",
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
    body: StartRecordingRequest,
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

    Returns:
    APIResponse[RecordingResponse]: the parsed value and the raw httpx response.
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
    body: StartRecordingRequest,
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
    body: StartRecordingRequest,
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

    Returns:
    APIResponse[RecordingResponse]: the parsed value and the raw httpx response.
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
    body: StartRecordingRequest,
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

# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track (startTrackRecordingForAMeeting)."""

import re
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
    valid_uuid,
)
from ...models.error_response import ErrorResponse
from ...models.start_track_recording_request import StartTrackRecordingRequest
from ...models.track_recording_response import TrackRecordingResponse
from ...types import Unset

OPERATION_ID = "startTrackRecordingForAMeeting"


def _build_request(
    account_id: str,
    app_id: str,
    *,
    body: StartTrackRecordingRequest | Mapping[str, Any],
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
    json_body = to_json(OPERATION_ID, "body", body, StartTrackRecordingRequest)
    if validate:
        _check_StartTrackRecordingRequest(json_body, "body")
    return Request(
        method="POST",
        path=f"/accounts/{segment_account_id}/realtime/kit/{segment_app_id}/recordings/track",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
        operation_id=OPERATION_ID,
        auth=("api_token",),
    )


def _parse(response: httpx.Response) -> TrackRecordingResponse:
    response_200 = TrackRecordingResponse.from_dict(response.json())

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
    return None


def sync_detailed(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    body: StartTrackRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[TrackRecordingResponse]:
    """Start recording participant audio tracks

    Starts track recording for an active meeting: each participant's audio is recorded as a separate
    WebM file
    in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to set a file
    name
    prefix; selective track recording (`user_ids`) is in early beta (contact support to use it). See
    https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/ .
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartTrackRecordingRequest): Which meeting to track-record and, optionally, whose
            audio and with what file name prefix. Example: {'meeting_id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix':
            'speaker', 'media_kind': 'audio'}}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[TrackRecordingResponse]: the parsed value and the raw httpx response.
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
    body: StartTrackRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> TrackRecordingResponse:
    """Start recording participant audio tracks

    Starts track recording for an active meeting: each participant's audio is recorded as a separate
    WebM file
    in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to set a file
    name
    prefix; selective track recording (`user_ids`) is in early beta (contact support to use it). See
    https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/ .
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartTrackRecordingRequest): Which meeting to track-record and, optionally, whose
            audio and with what file name prefix. Example: {'meeting_id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix':
            'speaker', 'media_kind': 'audio'}}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    TrackRecordingResponse
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
    body: StartTrackRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[TrackRecordingResponse]:
    """Start recording participant audio tracks

    Starts track recording for an active meeting: each participant's audio is recorded as a separate
    WebM file
    in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to set a file
    name
    prefix; selective track recording (`user_ids`) is in early beta (contact support to use it). See
    https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/ .
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartTrackRecordingRequest): Which meeting to track-record and, optionally, whose
            audio and with what file name prefix. Example: {'meeting_id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix':
            'speaker', 'media_kind': 'audio'}}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[TrackRecordingResponse]: the parsed value and the raw httpx response.
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
    body: StartTrackRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> TrackRecordingResponse:
    """Start recording participant audio tracks

    Starts track recording for an active meeting: each participant's audio is recorded as a separate
    WebM file
    in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to set a file
    name
    prefix; selective track recording (`user_ids`) is in early beta (contact support to use it). See
    https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/ .
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        body (StartTrackRecordingRequest): Which meeting to track-record and, optionally, whose
            audio and with what file name prefix. Example: {'meeting_id':
            '97440c6a-140b-40a9-9499-b23fd7a3868a', 'layers': {'default': {'file_name_prefix':
            'speaker', 'media_kind': 'audio'}}}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    TrackRecordingResponse
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


_PATTERN_1 = re.compile("^[-\\w\\s]+$")


def _check_StartTrackRecordingRequest(value: Any, at: str) -> None:
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
    v2 = value.get("layers", MISSING)
    if v2 is not MISSING:
        _check_TrackRecordingLayers(v2, at + ".layers")
    v7 = value.get("user_ids", MISSING)
    if v7 is not MISSING:
        if not (isinstance(v7, list | tuple)):
            invalid(OPERATION_ID, at + ".user_ids", "type", "must be a list", v7)
        if len(v7) < 1:
            invalid(OPERATION_ID, at + ".user_ids", "minItems", "must have at least 1 items", v7)
        if len(v7) > 100:
            invalid(OPERATION_ID, at + ".user_ids", "maxItems", "must have at most 100 items", v7)
        for v8, v9 in enumerate(v7):
            if not (isinstance(v9, str)):
                invalid(OPERATION_ID, at + ".user_ids" + f"[{v8}]", "type", "must be a string", v9)
            if len(v9) < 1:
                invalid(
                    OPERATION_ID, at + ".user_ids" + f"[{v8}]", "minLength", "must be at least 1 characters long", v9
                )
            if len(v9) > 256:
                invalid(
                    OPERATION_ID, at + ".user_ids" + f"[{v8}]", "maxLength", "must be at most 256 characters long", v9
                )


def _check_TrackRecordingLayers(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    for v3, v4 in value.items():
        _check_TrackLayerConfig(v4, at + "." + str(v3))


def _check_TrackLayerConfig(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v5 = value.get("file_name_prefix", MISSING)
    if v5 is not MISSING:
        if not (isinstance(v5, str)):
            invalid(OPERATION_ID, at + ".file_name_prefix", "type", "must be a string", v5)
        if not _PATTERN_1.search(v5):
            invalid(OPERATION_ID, at + ".file_name_prefix", "pattern", "must match ^[-\\w\\s]+$", v5)
    v6 = value.get("media_kind", MISSING)
    if v6 is not MISSING:
        if not (isinstance(v6, str)):
            invalid(OPERATION_ID, at + ".media_kind", "type", "must be a string", v6)
        if v6 not in ("audio",):
            invalid(OPERATION_ID, at + ".media_kind", "enum", "must be one of 'audio'", v6)

# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id} (pause_resume_stop_recording)."""

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
from ...models.recording_response import RecordingResponse
from ...models.update_recording_request import UpdateRecordingRequest
from ...types import Unset

OPERATION_ID = "pause_resume_stop_recording"


def _build_request(
    account_id: str,
    app_id: str,
    recording_id: str,
    *,
    body: UpdateRecordingRequest | Mapping[str, Any],
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
    segment_recording_id = path_param(OPERATION_ID, "recording_id", recording_id)
    if validate:
        if isinstance(recording_id, str) and not valid_uuid(recording_id):
            invalid(
                OPERATION_ID,
                "recording_id",
                "format",
                "must be a UUID like 123e4567-e89b-12d3-a456-426614174000",
                recording_id,
            )
    json_body = to_json(OPERATION_ID, "body", body, UpdateRecordingRequest)
    if validate:
        _check_UpdateRecordingRequest(json_body, "body")
    return Request(
        method="PUT",
        path=f"/accounts/{segment_account_id}/realtime/kit/{segment_app_id}/recordings/{segment_recording_id}",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=True,
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
    recording_id: str,
    *,
    body: UpdateRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[RecordingResponse]:
    """Pause/Resume/Stop recording

    Pauses, resumes or stops the recording, as chosen by `action`. Answers with the recording as it is
    after
    the action. A stopped recording goes on to `UPLOADING` and then `UPLOADED`; follow it with
    get_one_recording. Beta.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        recording_id (str):
        body (UpdateRecordingRequest): The action to apply to the recording. Example: {'action':
            'pause'}.
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
        recording_id,
        body=body,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    account_id: str,
    app_id: str,
    recording_id: str,
    *,
    body: UpdateRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> RecordingResponse:
    """Pause/Resume/Stop recording

    Pauses, resumes or stops the recording, as chosen by `action`. Answers with the recording as it is
    after
    the action. A stopped recording goes on to `UPLOADING` and then `UPLOADED`; follow it with
    get_one_recording. Beta.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        recording_id (str):
        body (UpdateRecordingRequest): The action to apply to the recording. Example: {'action':
            'pause'}.
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
        recording_id,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    recording_id: str,
    *,
    body: UpdateRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[RecordingResponse]:
    """Pause/Resume/Stop recording

    Pauses, resumes or stops the recording, as chosen by `action`. Answers with the recording as it is
    after
    the action. A stopped recording goes on to `UPLOADING` and then `UPLOADED`; follow it with
    get_one_recording. Beta.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        recording_id (str):
        body (UpdateRecordingRequest): The action to apply to the recording. Example: {'action':
            'pause'}.
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
        recording_id,
        body=body,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    recording_id: str,
    *,
    body: UpdateRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> RecordingResponse:
    """Pause/Resume/Stop recording

    Pauses, resumes or stops the recording, as chosen by `action`. Answers with the recording as it is
    after
    the action. A stopped recording goes on to `UPLOADING` and then `UPLOADED`; follow it with
    get_one_recording. Beta.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        recording_id (str):
        body (UpdateRecordingRequest): The action to apply to the recording. Example: {'action':
            'pause'}.
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
            recording_id,
            body=body,
            options=options,
        )
    ).parsed


def _check_UpdateRecordingRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("action", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".action", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".action", "type", "must be a string", v1)
    if v1 not in ("stop", "pause", "resume"):
        invalid(OPERATION_ID, at + ".action", "enum", "must be one of 'stop', 'pause', 'resume'", v1)

# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id} (pause_resume_stop_recording)."""

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
from ...models.update_recording_request import UpdateRecordingRequest
from ...types import Unset

OPERATION_ID = "pause_resume_stop_recording"


def _build_request(
    account_id: str,
    app_id: str,
    recording_id: str,
    *,
    body: UpdateRecordingRequest,
) -> Request:
    json_body = body.to_dict()
    return Request(
        method="PUT",
        path=f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/recordings/{path_segment(recording_id)}",
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
    body: UpdateRecordingRequest,
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

    Returns:
    APIResponse[RecordingResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        recording_id,
        body=body,
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    account_id: str,
    app_id: str,
    recording_id: str,
    *,
    body: UpdateRecordingRequest,
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
    body: UpdateRecordingRequest,
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

    Returns:
    APIResponse[RecordingResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        recording_id,
        body=body,
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    recording_id: str,
    *,
    body: UpdateRecordingRequest,
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

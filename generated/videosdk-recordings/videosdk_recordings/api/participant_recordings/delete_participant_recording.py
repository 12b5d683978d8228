# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""DELETE /v2/recordings/participant/{participantRecordingId} (deleteParticipantRecording)."""

from typing import Any, cast

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    path_param,
)
from ...models.error_response import ErrorResponse

OPERATION_ID = "deleteParticipantRecording"


def _build_request(
    participant_recording_id: str,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    segment_participant_recording_id = path_param(OPERATION_ID, "participant_recording_id", participant_recording_id)
    return Request(
        method="DELETE",
        path=f"/v2/recordings/participant/{segment_participant_recording_id}",
        idempotent=True,
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
    participant_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Delete a participant recording

    Deletes one participant recording.

    Args:
        participant_recording_id (str):  Example: 6847c2d12abe9a2807e42684.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[str]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        participant_recording_id,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    participant_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> str:
    """Delete a participant recording

    Deletes one participant recording.

    Args:
        participant_recording_id (str):  Example: 6847c2d12abe9a2807e42684.
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
        participant_recording_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    participant_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Delete a participant recording

    Deletes one participant recording.

    Args:
        participant_recording_id (str):  Example: 6847c2d12abe9a2807e42684.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[str]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        participant_recording_id,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    participant_recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> str:
    """Delete a participant recording

    Deletes one participant recording.

    Args:
        participant_recording_id (str):  Example: 6847c2d12abe9a2807e42684.
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
            participant_recording_id,
            options=options,
        )
    ).parsed

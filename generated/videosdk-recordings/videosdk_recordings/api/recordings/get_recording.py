# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""GET /v2/recordings/{recordingId} (getRecording)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    encode_form,
    invalid,
    path_param,
)
from ...models.error_response import ErrorResponse
from ...models.recording import Recording
from ...types import UNSET, Unset

OPERATION_ID = "getRecording"


def _build_request(
    recording_id: str,
    *,
    with_transcription: bool | Unset = UNSET,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    segment_recording_id = path_param(OPERATION_ID, "recording_id", recording_id)
    params: list[tuple[str, str]] = []
    if not isinstance(with_transcription, Unset):
        if validate:
            if not (isinstance(with_transcription, bool)):
                invalid(OPERATION_ID, "with_transcription", "type", "must be true or false", with_transcription)
        params.extend(encode_form("withTranscription", with_transcription, explode=True))
    return Request(
        method="GET",
        path=f"/v2/recordings/{segment_recording_id}",
        params=params,
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> Recording:
    response_200 = Recording.from_dict(response.json())

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
    recording_id: str,
    *,
    with_transcription: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[Recording]:
    """Fetch a room recording

    Fetches one room recording. The body is the recording itself, not wrapped in `data`.

    Args:
        recording_id (str):  Example: 61d6e834e1326304a9e73dac.
        with_transcription (bool | Unset):  Example: True.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[Recording]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        recording_id,
        with_transcription=with_transcription,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    recording_id: str,
    *,
    with_transcription: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Recording:
    """Fetch a room recording

    Fetches one room recording. The body is the recording itself, not wrapped in `data`.

    Args:
        recording_id (str):  Example: 61d6e834e1326304a9e73dac.
        with_transcription (bool | Unset):  Example: True.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    Recording
    """

    return sync_detailed(
        client,
        recording_id,
        with_transcription=with_transcription,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    recording_id: str,
    *,
    with_transcription: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[Recording]:
    """Fetch a room recording

    Fetches one room recording. The body is the recording itself, not wrapped in `data`.

    Args:
        recording_id (str):  Example: 61d6e834e1326304a9e73dac.
        with_transcription (bool | Unset):  Example: True.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[Recording]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        recording_id,
        with_transcription=with_transcription,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    recording_id: str,
    *,
    with_transcription: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Recording:
    """Fetch a room recording

    Fetches one room recording. The body is the recording itself, not wrapped in `data`.

    Args:
        recording_id (str):  Example: 61d6e834e1326304a9e73dac.
        with_transcription (bool | Unset):  Example: True.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    Recording
    """

    return (
        await asyncio_detailed(
            client,
            recording_id,
            with_transcription=with_transcription,
            options=options,
        )
    ).parsed

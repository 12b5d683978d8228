# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""GET /recordings/transcripts/{recordingId} (getTranscript)."""

from typing import Any

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
from ...models.transcript_segment import TranscriptSegment

OPERATION_ID = "getTranscript"


def _build_request(
    recording_id: str,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    segment_recording_id = path_param(OPERATION_ID, "recording_id", recording_id)
    return Request(
        method="GET",
        path=f"/recordings/transcripts/{segment_recording_id}",
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=(
            "clientId",
            "passphrase",
            "secret",
        ),
    )


def _parse(response: httpx.Response) -> list[TranscriptSegment]:
    response_200 = []
    _response_200 = response.json()
    for componentsschemas_transcript_item_data in _response_200:
        componentsschemas_transcript_item = TranscriptSegment.from_dict(componentsschemas_transcript_item_data)

        response_200.append(componentsschemas_transcript_item)

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    if status == 404:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[list[TranscriptSegment]]:
    """Get a transcript

    Returns the full transcript of a recording as a list of spoken segments. The transcript must have
    been
    generated first (`POST /recordings/transcripts`). Needs the `passphrase` header, which decrypts the
    transcript content, in addition to `client_id` and `secret`.

    Args:
        recording_id (str):  Example: 5323c958-ecbd-4358-b85d-0bf5b82d7f27.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[list[TranscriptSegment]]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        recording_id,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> list[TranscriptSegment]:
    """Get a transcript

    Returns the full transcript of a recording as a list of spoken segments. The transcript must have
    been
    generated first (`POST /recordings/transcripts`). Needs the `passphrase` header, which decrypts the
    transcript content, in addition to `client_id` and `secret`.

    Args:
        recording_id (str):  Example: 5323c958-ecbd-4358-b85d-0bf5b82d7f27.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    list[TranscriptSegment]
    """

    return sync_detailed(
        client,
        recording_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[list[TranscriptSegment]]:
    """Get a transcript

    Returns the full transcript of a recording as a list of spoken segments. The transcript must have
    been
    generated first (`POST /recordings/transcripts`). Needs the `passphrase` header, which decrypts the
    transcript content, in addition to `client_id` and `secret`.

    Args:
        recording_id (str):  Example: 5323c958-ecbd-4358-b85d-0bf5b82d7f27.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[list[TranscriptSegment]]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        recording_id,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    recording_id: str,
    *,
    options: RequestOptions | None = None,
) -> list[TranscriptSegment]:
    """Get a transcript

    Returns the full transcript of a recording as a list of spoken segments. The transcript must have
    been
    generated first (`POST /recordings/transcripts`). Needs the `passphrase` header, which decrypts the
    transcript content, in addition to `client_id` and `secret`.

    Args:
        recording_id (str):  Example: 5323c958-ecbd-4358-b85d-0bf5b82d7f27.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    list[TranscriptSegment]
    """

    return (
        await asyncio_detailed(
            client,
            recording_id,
            options=options,
        )
    ).parsed

# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""POST /recordings/transcripts (createTranscript)."""

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
    to_json,
)
from ...models.create_transcript_request import CreateTranscriptRequest
from ...models.error_response import ErrorResponse
from ...types import Unset

OPERATION_ID = "createTranscript"


def _build_request(
    *,
    body: CreateTranscriptRequest | Mapping[str, Any],
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    json_body = to_json(OPERATION_ID, "body", body, CreateTranscriptRequest)
    if validate:
        _check_CreateTranscriptRequest(json_body, "body")
    return Request(
        method="POST",
        path="/recordings/transcripts",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
        operation_id=OPERATION_ID,
        auth=(
            "clientId",
            "secret",
        ),
    )


def _parse(response: httpx.Response) -> None:
    return None


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
    *,
    body: CreateTranscriptRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[None]:
    """Generate a transcript

    Requests an AI transcript of a recording (spoken content, duration and speaker of each segment,
    start and
    end times and sentiment analysis). Generation takes up to 20 minutes; the recording then appears in
    `GET /recording/with-transcripts` and its transcript can be read with `GET
    /recordings/transcripts/{recordingId}`. Needs only `client_id` and `secret`.

    Args:
        body (CreateTranscriptRequest): Which recording to transcribe, and in which language.
            Example: {'recordingId': '5323c958-ecbd-4358-b85d-0bf5b82d7f27', 'language': 'en-US'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[None]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: CreateTranscriptRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> None:
    """Generate a transcript

    Requests an AI transcript of a recording (spoken content, duration and speaker of each segment,
    start and
    end times and sentiment analysis). Generation takes up to 20 minutes; the recording then appears in
    `GET /recording/with-transcripts` and its transcript can be read with `GET
    /recordings/transcripts/{recordingId}`. Needs only `client_id` and `secret`.

    Args:
        body (CreateTranscriptRequest): Which recording to transcribe, and in which language.
            Example: {'recordingId': '5323c958-ecbd-4358-b85d-0bf5b82d7f27', 'language': 'en-US'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    None
    """

    return sync_detailed(
        client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    body: CreateTranscriptRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[None]:
    """Generate a transcript

    Requests an AI transcript of a recording (spoken content, duration and speaker of each segment,
    start and
    end times and sentiment analysis). Generation takes up to 20 minutes; the recording then appears in
    `GET /recording/with-transcripts` and its transcript can be read with `GET
    /recordings/transcripts/{recordingId}`. Needs only `client_id` and `secret`.

    Args:
        body (CreateTranscriptRequest): Which recording to transcribe, and in which language.
            Example: {'recordingId': '5323c958-ecbd-4358-b85d-0bf5b82d7f27', 'language': 'en-US'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[None]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: CreateTranscriptRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> None:
    """Generate a transcript

    Requests an AI transcript of a recording (spoken content, duration and speaker of each segment,
    start and
    end times and sentiment analysis). Generation takes up to 20 minutes; the recording then appears in
    `GET /recording/with-transcripts` and its transcript can be read with `GET
    /recordings/transcripts/{recordingId}`. Needs only `client_id` and `secret`.

    Args:
        body (CreateTranscriptRequest): Which recording to transcribe, and in which language.
            Example: {'recordingId': '5323c958-ecbd-4358-b85d-0bf5b82d7f27', 'language': 'en-US'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    None
    """

    return (
        await asyncio_detailed(
            client,
            body=body,
            options=options,
        )
    ).parsed


def _check_CreateTranscriptRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("recordingId", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".recordingId", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".recordingId", "type", "must be a string", v1)
    v2 = value.get("language", MISSING)
    if v2 is MISSING:
        invalid(OPERATION_ID, at + ".language", "required", "is required", v2)
    if not (isinstance(v2, str)):
        invalid(OPERATION_ID, at + ".language", "type", "must be a string", v2)
    if v2 not in ("en-US",):
        invalid(OPERATION_ID, at + ".language", "enum", "must be one of 'en-US'", v2)

# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""POST /recordings/transcripts (createTranscript)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
)
from ...models.create_transcript_request import CreateTranscriptRequest
from ...models.error_response import ErrorResponse
from ...types import Unset

OPERATION_ID = "createTranscript"


def _build_request(
    *,
    body: CreateTranscriptRequest,
) -> Request:
    json_body = body.to_dict()
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
    if response.status_code == 200:
        return None
    if response.status_code == 201:
        return None
    raise ValueError(f"undocumented status {response.status_code}")


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
    body: CreateTranscriptRequest,
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

    Returns:
    APIResponse[None]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: CreateTranscriptRequest,
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
    body: CreateTranscriptRequest,
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

    Returns:
    APIResponse[None]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: CreateTranscriptRequest,
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

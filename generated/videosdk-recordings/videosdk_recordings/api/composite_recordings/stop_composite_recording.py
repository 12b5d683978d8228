# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""POST /v2/recordings/composite/stop (stopCompositeRecording)."""

from collections.abc import Mapping
from typing import Any, cast

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
from ...models.error_response import ErrorResponse
from ...models.stop_composite_recording_request import StopCompositeRecordingRequest
from ...types import Unset

OPERATION_ID = "stopCompositeRecording"


def _build_request(
    *,
    body: StopCompositeRecordingRequest | Mapping[str, Any],
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    json_body = to_json(OPERATION_ID, "body", body, StopCompositeRecordingRequest)
    if validate:
        _check_StopCompositeRecordingRequest(json_body, "body")
    return Request(
        method="POST",
        path="/v2/recordings/composite/stop",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
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
    *,
    body: StopCompositeRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Stop a composite recording

    Stops the composite recording `recordingId` in the room `roomId`.

    Args:
        body (StopCompositeRecordingRequest): Body of stopCompositeRecording. Example: {'roomId':
            'abcd-efgh-ijkl', 'recordingId': '68af636ba82f1564485f9e3c'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[str]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    body: StopCompositeRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> str:
    """Stop a composite recording

    Stops the composite recording `recordingId` in the room `roomId`.

    Args:
        body (StopCompositeRecordingRequest): Body of stopCompositeRecording. Example: {'roomId':
            'abcd-efgh-ijkl', 'recordingId': '68af636ba82f1564485f9e3c'}.
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
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    body: StopCompositeRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[str]:
    """Stop a composite recording

    Stops the composite recording `recordingId` in the room `roomId`.

    Args:
        body (StopCompositeRecordingRequest): Body of stopCompositeRecording. Example: {'roomId':
            'abcd-efgh-ijkl', 'recordingId': '68af636ba82f1564485f9e3c'}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[str]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        body=body,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    body: StopCompositeRecordingRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> str:
    """Stop a composite recording

    Stops the composite recording `recordingId` in the room `roomId`.

    Args:
        body (StopCompositeRecordingRequest): Body of stopCompositeRecording. Example: {'roomId':
            'abcd-efgh-ijkl', 'recordingId': '68af636ba82f1564485f9e3c'}.
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
            body=body,
            options=options,
        )
    ).parsed


def _check_StopCompositeRecordingRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("roomId", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".roomId", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".roomId", "type", "must be a string", v1)
    v2 = value.get("recordingId", MISSING)
    if v2 is MISSING:
        invalid(OPERATION_ID, at + ".recordingId", "required", "is required", v2)
    if not (isinstance(v2, str)):
        invalid(OPERATION_ID, at + ".recordingId", "type", "must be a string", v2)

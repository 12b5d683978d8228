# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""GET /v2/recordings/participant/merge/{mergeId} (getMergeRecording)."""

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
from ...models.merge_recording import MergeRecording

OPERATION_ID = "getMergeRecording"


def _build_request(
    merge_id: str,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    segment_merge_id = path_param(OPERATION_ID, "merge_id", merge_id)
    return Request(
        method="GET",
        path=f"/v2/recordings/participant/merge/{segment_merge_id}",
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> MergeRecording:
    response_200 = MergeRecording.from_dict(response.json())

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
    merge_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[MergeRecording]:
    """Fetch a merge recording

    Fetches one merge job; once `status` is `completed` its `file` holds the merged audio.

    Args:
        merge_id (str):  Example: abcd-abcd-abcd-abcd-abcd.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[MergeRecording]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        merge_id,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    merge_id: str,
    *,
    options: RequestOptions | None = None,
) -> MergeRecording:
    """Fetch a merge recording

    Fetches one merge job; once `status` is `completed` its `file` holds the merged audio.

    Args:
        merge_id (str):  Example: abcd-abcd-abcd-abcd-abcd.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    MergeRecording
    """

    return sync_detailed(
        client,
        merge_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    merge_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[MergeRecording]:
    """Fetch a merge recording

    Fetches one merge job; once `status` is `completed` its `file` holds the merged audio.

    Args:
        merge_id (str):  Example: abcd-abcd-abcd-abcd-abcd.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[MergeRecording]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        merge_id,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    merge_id: str,
    *,
    options: RequestOptions | None = None,
) -> MergeRecording:
    """Fetch a merge recording

    Fetches one merge job; once `status` is `completed` its `file` holds the merged audio.

    Args:
        merge_id (str):  Example: abcd-abcd-abcd-abcd-abcd.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    MergeRecording
    """

    return (
        await asyncio_detailed(
            client,
            merge_id,
            options=options,
        )
    ).parsed

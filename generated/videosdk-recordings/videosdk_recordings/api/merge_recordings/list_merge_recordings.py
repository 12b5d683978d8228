# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""GET /v2/recordings/participant/merge (listMergeRecordings)."""

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
)
from ...models.error_response import ErrorResponse
from ...models.merge_recording_list import MergeRecordingList
from ...models.merge_status_filter import MergeStatusFilter
from ...types import UNSET, Unset

OPERATION_ID = "listMergeRecordings"


def _build_request(
    *,
    status: MergeStatusFilter | Unset = UNSET,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    params: list[tuple[str, str]] = []
    if not isinstance(status, Unset):
        if validate:
            if not (isinstance(status, str)):
                invalid(OPERATION_ID, "status", "type", "must be a string", status)
            if status not in ("completed", "failed"):
                invalid(OPERATION_ID, "status", "enum", "must be one of 'completed', 'failed'", status)
        params.extend(encode_form("status", status, explode=True))
    if not isinstance(room_id, Unset):
        if validate:
            if not (isinstance(room_id, str)):
                invalid(OPERATION_ID, "room_id", "type", "must be a string", room_id)
        params.extend(encode_form("roomId", room_id, explode=True))
    if not isinstance(session_id, Unset):
        if validate:
            if not (isinstance(session_id, str)):
                invalid(OPERATION_ID, "session_id", "type", "must be a string", session_id)
        params.extend(encode_form("sessionId", session_id, explode=True))
    if not isinstance(id, Unset):
        if validate:
            if not (isinstance(id, str)):
                invalid(OPERATION_ID, "id", "type", "must be a string", id)
        params.extend(encode_form("id", id, explode=True))
    if not isinstance(page, Unset):
        if validate:
            if not (isinstance(page, int) and not isinstance(page, bool)):
                invalid(OPERATION_ID, "page", "type", "must be an integer", page)
            if page < 1:
                invalid(OPERATION_ID, "page", "minimum", "must be >= 1", page)
        params.extend(encode_form("page", page, explode=True))
    if not isinstance(per_page, Unset):
        if validate:
            if not (isinstance(per_page, int) and not isinstance(per_page, bool)):
                invalid(OPERATION_ID, "per_page", "type", "must be an integer", per_page)
            if per_page < 1:
                invalid(OPERATION_ID, "per_page", "minimum", "must be >= 1", per_page)
        params.extend(encode_form("perPage", per_page, explode=True))
    return Request(
        method="GET",
        path="/v2/recordings/participant/merge",
        params=params,
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> MergeRecordingList:
    response_200 = MergeRecordingList.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    if status == 403:
        return ErrorResponse.from_dict(body)
    if status == 429:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    *,
    status: MergeStatusFilter | Unset = UNSET,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[MergeRecordingList]:
    """List merge recordings

    Lists merge jobs page by page; filter by status, room, session or job id. The items are under
    `recordings`, not `data`.

    Args:
        status (MergeStatusFilter | Unset): Terminal merge-job states accepted by the list filter.
            Example: completed.
        room_id (str | Unset):  Example: abcd-efgh-ijkl.
        session_id (str | Unset):  Example: 61d6e823783d6b03a026ac05.
        id (str | Unset):  Example: abcd-abcd-abcd-abcd-abcd.
        page (int | Unset):  Default: 1. Example: 1.
        per_page (int | Unset):  Example: 20.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[MergeRecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        status=status,
        room_id=room_id,
        session_id=session_id,
        id=id,
        page=page,
        per_page=per_page,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    status: MergeStatusFilter | Unset = UNSET,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> MergeRecordingList:
    """List merge recordings

    Lists merge jobs page by page; filter by status, room, session or job id. The items are under
    `recordings`, not `data`.

    Args:
        status (MergeStatusFilter | Unset): Terminal merge-job states accepted by the list filter.
            Example: completed.
        room_id (str | Unset):  Example: abcd-efgh-ijkl.
        session_id (str | Unset):  Example: 61d6e823783d6b03a026ac05.
        id (str | Unset):  Example: abcd-abcd-abcd-abcd-abcd.
        page (int | Unset):  Default: 1. Example: 1.
        per_page (int | Unset):  Example: 20.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    MergeRecordingList
    """

    return sync_detailed(
        client,
        status=status,
        room_id=room_id,
        session_id=session_id,
        id=id,
        page=page,
        per_page=per_page,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    status: MergeStatusFilter | Unset = UNSET,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[MergeRecordingList]:
    """List merge recordings

    Lists merge jobs page by page; filter by status, room, session or job id. The items are under
    `recordings`, not `data`.

    Args:
        status (MergeStatusFilter | Unset): Terminal merge-job states accepted by the list filter.
            Example: completed.
        room_id (str | Unset):  Example: abcd-efgh-ijkl.
        session_id (str | Unset):  Example: 61d6e823783d6b03a026ac05.
        id (str | Unset):  Example: abcd-abcd-abcd-abcd-abcd.
        page (int | Unset):  Default: 1. Example: 1.
        per_page (int | Unset):  Example: 20.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[MergeRecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        status=status,
        room_id=room_id,
        session_id=session_id,
        id=id,
        page=page,
        per_page=per_page,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    status: MergeStatusFilter | Unset = UNSET,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    options: RequestOptions | None = None,
) -> MergeRecordingList:
    """List merge recordings

    Lists merge jobs page by page; filter by status, room, session or job id. The items are under
    `recordings`, not `data`.

    Args:
        status (MergeStatusFilter | Unset): Terminal merge-job states accepted by the list filter.
            Example: completed.
        room_id (str | Unset):  Example: abcd-efgh-ijkl.
        session_id (str | Unset):  Example: 61d6e823783d6b03a026ac05.
        id (str | Unset):  Example: abcd-abcd-abcd-abcd-abcd.
        page (int | Unset):  Default: 1. Example: 1.
        per_page (int | Unset):  Example: 20.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    MergeRecordingList
    """

    return (
        await asyncio_detailed(
            client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
            options=options,
        )
    ).parsed

# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""GET /room_recordings (ListRoomRecordings)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    encode_deep_object,
)
from ...models.error_response import ErrorResponse
from ...models.page_params import PageParams
from ...models.room_recording_filter import RoomRecordingFilter
from ...models.room_recording_list import RoomRecordingList
from ...types import UNSET, Unset

OPERATION_ID = "ListRoomRecordings"


def _build_request(
    *,
    filter_: RoomRecordingFilter | Unset = UNSET,
    page: PageParams | Unset = UNSET,
) -> Request:
    params: list[tuple[str, str]] = []
    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if isinstance(json_filter_, dict):
        params.extend(encode_deep_object("filter", json_filter_))
    json_page: dict[str, Any] | Unset = UNSET
    if not isinstance(page, Unset):
        json_page = page.to_dict()
    if isinstance(json_page, dict):
        params.extend(encode_deep_object("page", json_page))
    return Request(
        method="GET",
        path="/room_recordings",
        params=params,
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("bearerAuth",),
    )


def _parse(response: httpx.Response) -> RoomRecordingList:
    response_200 = RoomRecordingList.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 401:
        return ErrorResponse.from_dict(body)
    if 400 <= status <= 499:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    *,
    filter_: RoomRecordingFilter | Unset = UNSET,
    page: PageParams | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RoomRecordingList]:
    """View a list of room recordings

    Returns one page of the account's room recordings, optionally filtered by room, session,
    participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
    to move
    through the pages; `meta.total_pages` and `meta.total_results` give the totals.

    Args:
        filter_ (RoomRecordingFilter | Unset): Filters for listing or bulk-deleting room
            recordings; every key is optional and they combine with AND (sent as `filter[<key>]`, date
            ranges as `filter[<key>][eq|gte|lte]`). Example: {'room_id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio',
            'duration_secs': 20, 'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}.
        page (PageParams | Unset): Page selection, sent as `page[number]` and `page[size]`.
            Example: {'number': 2, 'size': 50}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[RoomRecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        filter_=filter_,
        page=page,
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    filter_: RoomRecordingFilter | Unset = UNSET,
    page: PageParams | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RoomRecordingList:
    """View a list of room recordings

    Returns one page of the account's room recordings, optionally filtered by room, session,
    participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
    to move
    through the pages; `meta.total_pages` and `meta.total_results` give the totals.

    Args:
        filter_ (RoomRecordingFilter | Unset): Filters for listing or bulk-deleting room
            recordings; every key is optional and they combine with AND (sent as `filter[<key>]`, date
            ranges as `filter[<key>][eq|gte|lte]`). Example: {'room_id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio',
            'duration_secs': 20, 'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}.
        page (PageParams | Unset): Page selection, sent as `page[number]` and `page[size]`.
            Example: {'number': 2, 'size': 50}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    RoomRecordingList
    """

    return sync_detailed(
        client,
        filter_=filter_,
        page=page,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    filter_: RoomRecordingFilter | Unset = UNSET,
    page: PageParams | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RoomRecordingList]:
    """View a list of room recordings

    Returns one page of the account's room recordings, optionally filtered by room, session,
    participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
    to move
    through the pages; `meta.total_pages` and `meta.total_results` give the totals.

    Args:
        filter_ (RoomRecordingFilter | Unset): Filters for listing or bulk-deleting room
            recordings; every key is optional and they combine with AND (sent as `filter[<key>]`, date
            ranges as `filter[<key>][eq|gte|lte]`). Example: {'room_id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio',
            'duration_secs': 20, 'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}.
        page (PageParams | Unset): Page selection, sent as `page[number]` and `page[size]`.
            Example: {'number': 2, 'size': 50}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    APIResponse[RoomRecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        filter_=filter_,
        page=page,
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    filter_: RoomRecordingFilter | Unset = UNSET,
    page: PageParams | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RoomRecordingList:
    """View a list of room recordings

    Returns one page of the account's room recordings, optionally filtered by room, session,
    participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
    to move
    through the pages; `meta.total_pages` and `meta.total_results` give the totals.

    Args:
        filter_ (RoomRecordingFilter | Unset): Filters for listing or bulk-deleting room
            recordings; every key is optional and they combine with AND (sent as `filter[<key>]`, date
            ranges as `filter[<key>][eq|gte|lte]`). Example: {'room_id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio',
            'duration_secs': 20, 'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}.
        page (PageParams | Unset): Page selection, sent as `page[number]` and `page[size]`.
            Example: {'number': 2, 'size': 50}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.

    Returns:
    RoomRecordingList
    """

    return (
        await asyncio_detailed(
            client,
            filter_=filter_,
            page=page,
            options=options,
        )
    ).parsed
